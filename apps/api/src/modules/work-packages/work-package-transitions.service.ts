import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, allowedTransitions, assertTransition, DomainError, MovedWorkPackage, PackageEventKind, TransitionAction } from '@mandate/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AttachmentEntity } from './attachment.entity';
import { TransitionWorkPackageDto } from './dtos/transition-work-package.dto';
import { ProgressReportEntity } from './progress-report.entity';
import { completionEvidenceRequired, latestCompletionReport } from './completion-report';
import { readPackageForMove } from './work-package.lock';
import { WorkPackageNotifier } from './work-package-notifier';
import { WorkPackageWriter } from './work-package.writer';

/** The moves that notify someone (the others show on the board and in the history). */
const EVENT_OF: Partial<Record<TransitionAction, PackageEventKind>> = { submit: 'package-submitted', approve: 'package-approved', return: 'package-returned' };

/** Tries of a move sent without a version when other writes keep changing the package under it. */
const MOVE_ATTEMPTS = 3;

@Injectable()
export class WorkPackageTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: WorkPackageWriter,
    private readonly notifier: WorkPackageNotifier,
  ) {}

  /**
   * One workflow move: the domain decides (who, whether, what to write) on the row as read by plain SQL; the writer
   * writes it, its audit event, its reminder outbox row and the version in one statement guarded by the version read.
   * A plain move is that statement alone (no transaction around it: two round trips in all); one that files a report
   * or notifies someone writes those in a transaction with it. Answers with the card, not the whole package.
   */
  async transition(actor: Actor, id: string, input: TransitionWorkPackageDto): Promise<MovedWorkPackage> {
    // Without a version from the client, a change made between the read and the write is not the client's
    // conflict: the move is decided again on the new row.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(actor, id, input);
      } catch (error) {
        if (input.version !== undefined || attempt === MOVE_ATTEMPTS || !(error instanceof DomainError && error.code === 'VERSION_CONFLICT')) throw error;
      }
    }
  }

  private async attempt(actor: Actor, id: string, input: TransitionWorkPackageDto): Promise<MovedWorkPackage> {
    const manager = this.dataSource.manager;
    const row = await readPackageForMove(manager, id, input.version);
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
    const event = EVENT_OF[effect.action];

    const write = async (manager: EntityManager): Promise<MovedWorkPackage> => {
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
      if (event) await this.notifier.notify(manager, { kind: event, workPackageId: id, actor, reason: effect.report?.summary ?? effect.reason ?? null });
      return { ...moved, allowedTransitions: allowedTransitions(actor, moved, effect.report ? { reportSubmittedBy: actor.id } : {}) };
    };
    return effect.report || event ? this.dataSource.transaction(write) : write(manager);
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
