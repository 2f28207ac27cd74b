import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { openStatusSql } from '../work-packages/work-package.sql';

/** The Postgres channel the relay LISTENs on; NOTIFY is delivered at commit, so a rolled-back change nudges nothing. */
export const REMINDER_OUTBOX_CHANNEL = 'reminder_outbox';

export type ReminderOutboxReason = 'deadline' | 'rules' | 'supervision' | 'event';

/**
 * Writes reminder intents through the caller's transaction: the change and its intent commit or fail together,
 * and nothing here touches Redis, so a Redis outage never blocks or fails a request.
 */
@Injectable()
export class ReminderOutboxService {
  /** A package was created, its due date moved, or it was finished, cancelled or reopened. */
  async recordDeadlineChange(manager: EntityManager, workPackageId: string): Promise<void> {
    await manager.query(`INSERT INTO reminder_outbox (work_package_id, reason) VALUES ($1, 'deadline')`, [workPackageId]);
    await manager.query(`SELECT pg_notify($1, '')`, [REMINDER_OUTBOX_CHANNEL]);
  }

  /**
   * `recordDeadlineChange` as a part of the caller's statement (a data-modifying CTE): one outbox row per package id
   * that `source` (a CTE with an `id` column) yields, and the relay's nudge with each.
   */
  deadlineChangeSql(source: string): string {
    return `INSERT INTO reminder_outbox (work_package_id, reason) SELECT id, 'deadline' FROM ${source} RETURNING pg_notify('${REMINDER_OUTBOX_CHANNEL}', '')`;
  }

  /** A supervision request was raised, answered, reopened or closed: its reminders are rescheduled and its event e-mails queued. */
  async recordSupervisionChange(manager: EntityManager, supervisionRequestId: string): Promise<void> {
    await manager.query(`INSERT INTO reminder_outbox (supervision_request_id, reason) VALUES ($1, 'supervision')`, [supervisionRequestId]);
    await manager.query(`SELECT pg_notify($1, '')`, [REMINDER_OUTBOX_CHANNEL]);
  }

  /** A workflow event of a package recorded its notifications: the relay queues their e-mails. */
  async recordPackageEvent(manager: EntityManager, workPackageId: string): Promise<void> {
    await manager.query(`INSERT INTO reminder_outbox (work_package_id, reason) VALUES ($1, 'event')`, [workPackageId]);
    await manager.query(`SELECT pg_notify($1, '')`, [REMINDER_OUTBOX_CHANNEL]);
  }

  /** A plan's reminder rules changed: every open package of it is rescheduled. */
  async recordRulesChange(manager: EntityManager, planId: string): Promise<void> {
    await manager.query(
      `INSERT INTO reminder_outbox (work_package_id, reason)
       SELECT id, 'rules' FROM work_packages WHERE plan_id = $1 AND ${openStatusSql('status')} AND due_date IS NOT NULL`,
      [planId],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [REMINDER_OUTBOX_CHANNEL]);
  }
}
