import {
  Actor,
  allowedTransitions,
  canCommentOnWorkPackage,
  canDecideExtension,
  canFileProgressReport,
  canRequestExtension,
  editableFieldsFor,
  WorkPackage,
  WorkPackageEditableField,
  WorkPackageStatus,
} from '@mandate/domain';

/** What the caller may do with this package now, so the web shows only the buttons that work. */
export interface WorkPackageAbilities {
  editableFields: readonly WorkPackageEditableField[];
  comment: boolean;
  fileReport: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
}

export type WorkPackageDetail = WorkPackage & { allowedTransitions: WorkPackageStatus[]; abilities: WorkPackageAbilities };

export const toWorkPackageDetail = (actor: Actor, pkg: WorkPackage): WorkPackageDetail => ({
  ...pkg,
  allowedTransitions: allowedTransitions(actor, pkg),
  abilities: {
    editableFields: editableFieldsFor(actor, pkg),
    comment: canCommentOnWorkPackage(actor, pkg),
    fileReport: canFileProgressReport(actor, pkg),
    requestExtension: canRequestExtension(actor, pkg),
    decideExtension: canDecideExtension(actor),
  },
});
