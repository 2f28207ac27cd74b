import { Inject, Injectable } from '@nestjs/common';
import { Actor, PackageEventKind, PackageEventParams, todayIn } from '@mandate/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { workPackageLink } from '../mail/reminder-email';
import { recipientsWhere, recordDeliveries } from '../reminders/reminder-delivery.service';
import { ReminderOutboxService } from '../reminders/reminder-outbox.service';
import { packageEventEmail, packageEventTitle } from './work-package-event-texts';
import { leadDepartmentUserSql } from './work-package.sql';

export interface PackageEvent {
  kind: PackageEventKind;
  workPackageId: string;
  actor: Actor;
  reason?: string | null;
  dueDate?: string | null;
}

/** Who hears of each event: the UBND office of a submission, the lead department of a decision, both departments' sides of a comment. */
const AUDIENCE: Record<PackageEventKind, { ubnd: boolean; lead: boolean; cooperating: boolean }> = {
  'package-submitted': { ubnd: true, lead: false, cooperating: false },
  'package-approved': { ubnd: false, lead: true, cooperating: false },
  'package-returned': { ubnd: false, lead: true, cooperating: false },
  'extension-approved': { ubnd: false, lead: true, cooperating: false },
  'extension-refused': { ubnd: false, lead: true, cooperating: false },
  'package-comment': { ubnd: false, lead: true, cooperating: true },
};

interface PackageFacts {
  ref: string | null;
  title: string;
  dueDate: string | null;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  planNumber: string | null;
  planTitle: string | null;
  actorName: string | null;
}

/**
 * Notifies a package's workflow events on the reminder delivery path, through the caller's transaction: in-app rows and
 * pending e-mails commit with the change (a failed change sends nothing), and the outbox row wakes the worker to send the e-mails.
 */
@Injectable()
export class WorkPackageNotifier {
  constructor(
    private readonly outbox: ReminderOutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, event: PackageEvent): Promise<void> {
    const [pkg]: PackageFacts[] = await manager.query(
      `SELECT p.item_ref AS ref, p.title, to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.lead_department_id AS "leadDepartmentId",
              p.cooperating_department_ids AS "cooperatingDepartmentIds", pl.number AS "planNumber", pl.title AS "planTitle",
              (SELECT display_name FROM users WHERE id = $2) AS "actorName"
       FROM work_packages p LEFT JOIN plans pl ON pl.id = p.plan_id WHERE p.id = $1`,
      [event.workPackageId, event.actor.id],
    );
    const audience = AUDIENCE[event.kind];
    // Digest-only users chose the weekly digest alone, as for reminders and supervision steps; nobody hears of their own act.
    const recipients = await recipientsWhere(
      manager,
      `NOT u.digest_only AND u.id <> $1 AND (
         ($2 AND u.role = 'ubnd')
         OR ($3 AND ${leadDepartmentUserSql('u', '$4::uuid')})
         OR ($5 AND ${leadDepartmentUserSql('u', 'ANY($6::uuid[])')}))`,
      [event.actor.id, audience.ubnd, audience.lead, pkg.leadDepartmentId, audience.cooperating, pkg.cooperatingDepartmentIds],
    );
    const params: PackageEventParams = {
      package: pkg.ref ? `${pkg.ref}. ${pkg.title}` : pkg.title,
      plan: pkg.planNumber ?? pkg.planTitle,
      actor: pkg.actorName ?? event.actor.username ?? '',
      reason: event.reason ?? null,
      dueDate: event.dueDate ?? null,
    };
    const text = {
      kind: event.kind,
      params,
      planFullName: pkg.planNumber && pkg.planTitle ? `${pkg.planNumber} — ${pkg.planTitle}` : (pkg.planNumber ?? pkg.planTitle),
      link: workPackageLink(this.config.APP_ORIGIN, event.workPackageId),
    };
    // Each event is its own delivery kind, so the once-per-(kind, user, channel) key lets a package be returned twice.
    const created = await recordDeliveries(
      manager,
      { workPackageId: event.workPackageId, kind: `${event.kind}-${randomUUID()}`, dueDate: pkg.dueDate ?? todayIn(new Date()) },
      packageEventTitle('vi', text),
      recipients,
      Boolean(this.config.SMTP_URL),
      {
        notificationKind: event.kind,
        params,
        render: (r) => ({ title: packageEventTitle(r.locale ?? 'vi', text), body: packageEventEmail(r.locale ?? 'vi', r.displayName ?? '', text) }),
      },
    );
    if (created.email > 0) await this.outbox.recordPackageEvent(manager, event.workPackageId);
  }
}
