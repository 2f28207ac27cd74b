import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertTransition, DomainError, todayIn, toWorkPackageDetail, WorkPackageDetail, WorkPackageStatus } from '@mandate/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { endsOrReopensDeadline, ReminderOutboxService } from '../reminders/reminder-outbox.service';
import { AttachmentEntity } from './attachment.entity';
import { TransitionWorkPackageDto } from './dtos/transition-work-package.dto';
import { ProgressReportEntity } from './progress-report.entity';
import { lockPackage, writePackage } from './work-package.lock';
import { WorkPackagesRepository } from './work-packages.repository';

@Injectable()
export class WorkPackageTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
    private readonly audit: AuditService,
    private readonly reminders: ReminderOutboxService,
  ) {}

  /** One workflow move: the domain decides (who, whether, what to write); this writes it with its audit event. */
  async transition(actor: Actor, id: string, input: TransitionWorkPackageDto): Promise<WorkPackageDetail> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockPackage(manager, id, input.version);
      const reportSubmittedAt = row.status === 'submitted' && input.to === 'done' ? await this.latestCompletionAt(manager, id) : null;
      const effect = assertTransition(actor, row, input.to as WorkPackageStatus, { reason: input.reason, report: input.report as { summary: string } | undefined, reportSubmittedAt });
      const before = { status: row.status, progress: row.progress, completedOn: row.completedOn, version: row.version };

      let reportId: string | null = null;
      if (effect.report) {
        await this.assertOwnAttachments(manager, id, effect.report.attachmentIds);
        const report = await manager.save(
          manager.create(ProgressReportEntity, { workPackageId: id, authorId: actor.id, progress: row.progress, summary: effect.report.summary, isCompletion: true, submittedAt: new Date() }),
        );
        reportId = report.id;
      }
      await writePackage(manager, id, effect.set);

      const pkg = await this.packages.findOne(id, todayIn(new Date()), manager);
      if (!pkg) throw new DomainError('NOT_FOUND', 'Work package not found.');
      await this.audit.record(manager, {
        actor,
        entityType: 'work_package',
        entityId: id,
        action: 'transition',
        before,
        after: {
          action: effect.action,
          status: pkg.status,
          progress: pkg.progress,
          completedOn: pkg.completedOn,
          version: pkg.version,
          reason: effect.reason,
          ...(effect.report ? { report: { id: reportId, summary: effect.report.summary, attachmentIds: effect.report.attachmentIds } } : {}),
        },
      });
      if (endsOrReopensDeadline(row.status, pkg.status)) await this.reminders.recordDeadlineChange(manager, id);
      return toWorkPackageDetail(actor, pkg);
    });
  }

  /** The completion report being approved is the latest one filed by a submit. */
  private async latestCompletionAt(manager: EntityManager, id: string): Promise<Date | null> {
    const report = await manager.findOne(ProgressReportEntity, { where: { workPackageId: id, isCompletion: true }, order: { submittedAt: 'DESC' } });
    return report?.submittedAt ?? null;
  }

  private async assertOwnAttachments(manager: EntityManager, id: string, attachmentIds: string[]): Promise<void> {
    if (attachmentIds.length === 0) return;
    const found = await manager.count(AttachmentEntity, { where: { id: In(attachmentIds), workPackageId: id } });
    if (found !== attachmentIds.length) {
      const message = 'lists evidence that was not uploaded to this package';
      throw new DomainError('VALIDATION_FAILED', `report.attachmentIds: ${message}`, [{ field: 'report.attachmentIds', message }]);
    }
  }
}
