import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, allowedTransitions, assertTransition, DomainError, MovedWorkPackage, PackageEventKind, TransitionAction } from '@mandate/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AttachmentEntity } from './attachment.entity';
import { TransitionWorkPackageDto } from './dtos/transition-work-package.dto';
import { ProgressReportEntity } from './progress-report.entity';
import { completionEvidenceRequired, latestCompletionReport } from './completion-report';
import { lockPackageForMove } from './work-package.lock';
import { WorkPackageNotifier } from './work-package-notifier';
import { WorkPackageWriter } from './work-package.writer';

/** The moves that notify someone (the others show on the board and in the history). */
const EVENT_OF: Partial<Record<TransitionAction, PackageEventKind>> = { submit: 'package-submitted', approve: 'package-approved', return: 'package-returned' };

@Injectable()
export class WorkPackageTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: WorkPackageWriter,
    private readonly notifier: WorkPackageNotifier,
  ) {}

  /**
   * One workflow move: the domain decides (who, whether, what to write) on the row locked by plain SQL; the writer
   * writes it, its audit event and the version in one statement. Answers with the card, not the whole package.
   */
  async transition(actor: Actor, id: string, input: TransitionWorkPackageDto): Promise<MovedWorkPackage> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockPackageForMove(manager, id, input.version);
      const pending = row.status === 'submitted' ? await latestCompletionReport(manager, id) : null;
      const evidenceRequired = row.status === 'in_progress' && input.to === 'submitted' ? await completionEvidenceRequired(manager, row.planId) : true;
      const effect = assertTransition(actor, row, input.to, {
        reason: input.reason,
        report: input.report,
        reportSubmittedAt: pending?.submittedAt ?? null,
        reportSubmittedBy: pending?.authorId ?? null,
        evidenceRequired,
      });
      const before = { status: row.status, progress: row.progress, completedOn: row.completedOn, version: row.version };

      let reportId: string | null = null;
      if (effect.report) {
        await this.assertOwnAttachments(manager, id, effect.report.attachmentIds);
        const report = await manager.save(
          manager.create(ProgressReportEntity, {
            workPackageId: id,
            authorId: actor.id,
            progress: row.progress,
            summary: effect.report.summary,
            isCompletion: true,
            onBehalfDepartmentId: effect.report.onBehalf?.departmentId ?? null,
            onBehalfReporterName: effect.report.onBehalf?.reporterName ?? null,
            onBehalfReason: effect.report.onBehalf?.reason ?? null,
            submittedAt: new Date(),
          }),
        );
        reportId = report.id;
      }
      const moved = await this.writer.move(manager, actor, row, effect.set, (after) => ({
        action: 'transition',
        before,
        after: {
          action: effect.action,
          status: after.status,
          progress: after.progress,
          completedOn: after.completedOn,
          version: after.version,
          reason: effect.reason,
          ...(effect.report ? { report: { id: reportId, summary: effect.report.summary, attachmentIds: effect.report.attachmentIds, onBehalf: effect.report.onBehalf } } : {}),
        },
      }));
      const event = EVENT_OF[effect.action];
      if (event) await this.notifier.notify(manager, { kind: event, workPackageId: id, actor, reason: effect.report?.summary ?? effect.reason ?? null });
      return { ...moved, allowedTransitions: allowedTransitions(actor, moved, effect.report ? { reportSubmittedBy: actor.id } : {}) };
    });
  }

  private async assertOwnAttachments(manager: EntityManager, id: string, attachmentIds: string[]): Promise<void> {
    if (attachmentIds.length === 0) return;
    const found = await manager.count(AttachmentEntity, { where: { id: In(attachmentIds), workPackageId: id } });
    if (found !== attachmentIds.length) {
      const message = 'lists evidence that was not uploaded to this package';
      throw new DomainError('VALIDATION_FAILED', `report.attachmentIds: ${message}`, [{ field: 'report.attachmentIds', message, rule: 'notFound' }]);
    }
  }
}
