import { TransitionContext } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { ProgressReportEntity } from './progress-report.entity';

/** The completion report a submit filed last: approval dates the completion from it, and its author may not approve it. */
export const latestCompletionReport = (manager: EntityManager, workPackageId: string): Promise<ProgressReportEntity | null> =>
  manager.findOne(ProgressReportEntity, { where: { workPackageId, isCompletion: true }, order: { submittedAt: 'DESC' } });

/** What the offered moves depend on besides status and role: who filed the report awaiting approval. */
export const transitionContext = async (manager: EntityManager, pkg: { id: string; status: string }): Promise<TransitionContext> =>
  pkg.status === 'submitted' ? { reportSubmittedBy: (await latestCompletionReport(manager, pkg.id))?.authorId ?? null } : {};

/** The plan's evidence setting; a package outside any plan keeps the strict default. */
export const completionEvidenceRequired = async (manager: EntityManager, planId: string | null): Promise<boolean> => {
  if (planId === null) return true;
  const rows = await manager.query<{ required: boolean }[]>(`SELECT completion_evidence_required AS required FROM plans WHERE id = $1`, [planId]);
  return rows[0]?.required ?? true;
};
