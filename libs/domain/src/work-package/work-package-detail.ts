import { Actor, canReadPackageRecords } from '../access';
import { canDecideExtension, canRequestExtension } from './deadline-extension';
import { WorkPackage, WorkPackageStatus } from './work-package';
import { canCommentOnWorkPackage, canFileProgressReport, editableFieldsFor, WorkPackageEditableField } from './work-package.access';
import { allowedTransitions, TransitionContext } from './work-package.workflow';

/** What the caller may do with this package now, so the web shows only the buttons that work. */
export interface WorkPackageAbilities {
  /** Progress reports, comments, history and evidence (need-to-know). */
  readRecords: boolean;
  editableFields: readonly WorkPackageEditableField[];
  comment: boolean;
  fileReport: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  /** Whether this user filed the completion report awaiting approval (so another officer must approve it). */
  ownCompletionReport: boolean;
}

/** `GET /api/work-packages/:id` and every write that returns the package: the package plus what this actor may do with it. */
export type WorkPackageDetail = WorkPackage & { allowedTransitions: WorkPackageStatus[]; abilities: WorkPackageAbilities };

export const toWorkPackageDetail = (actor: Actor, pkg: WorkPackage, context: TransitionContext = {}): WorkPackageDetail => ({
  ...pkg,
  allowedTransitions: allowedTransitions(actor, pkg, context),
  abilities: {
    readRecords: canReadPackageRecords(actor, pkg),
    editableFields: editableFieldsFor(actor, pkg),
    comment: canCommentOnWorkPackage(actor, pkg),
    fileReport: canFileProgressReport(actor, pkg),
    requestExtension: canRequestExtension(actor, pkg),
    decideExtension: canDecideExtension(actor),
    ownCompletionReport: pkg.status === 'submitted' && typeof context.reportSubmittedBy === 'string' && context.reportSubmittedBy === actor.id,
  },
});
