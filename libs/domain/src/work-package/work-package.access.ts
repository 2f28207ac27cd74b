import { Actor, isCooperatingDepartmentUser, isLeadDepartmentUser } from '../access';
import { DomainError } from '../errors/domain-error';
import { WorkPackage, WorkPackageStatus } from './work-package';

type PackageParties = Pick<WorkPackage, 'leadDepartmentId' | 'cooperatingDepartmentIds'>;
type EditablePackage = Pick<WorkPackage, 'leadDepartmentId' | 'status'>;

/** Fields a PATCH may carry at all; status moves go through transitions, due-date extensions through their own flow. */
export const WORK_PACKAGE_EDITABLE_FIELDS = [
  'title',
  'description',
  'sourceText',
  'itemRef',
  'parentId',
  'leadDepartmentId',
  'cooperatingDepartmentIds',
  'assigneeIds',
  'startDate',
  'dueDate',
  'expectedOutput',
  'progress',
  'priority',
  'target',
  'indicatorId',
] as const;
export type WorkPackageEditableField = (typeof WORK_PACKAGE_EDITABLE_FIELDS)[number];

/** The lead department reports how far it got and what it produces; scope, people and dates are the UBND office's. */
export const DEPARTMENT_EDITABLE_FIELDS = ['progress', 'expectedOutput'] as const satisfies readonly WorkPackageEditableField[];

/** Once reported complete (or closed) the department's figures are frozen until the office returns or reopens it. */
const DEPARTMENT_EDITABLE_STATUSES: readonly WorkPackageStatus[] = ['not_started', 'in_progress', 'blocked'];

export const canEditWorkPackage = (actor: Actor, pkg: EditablePackage): boolean =>
  actor.role === 'ubnd' || (isLeadDepartmentUser(actor, pkg) && DEPARTMENT_EDITABLE_STATUSES.includes(pkg.status));

/** The fields this actor may change on this package now; empty when it may change none. */
export const editableFieldsFor = (actor: Actor, pkg: EditablePackage): readonly WorkPackageEditableField[] => {
  if (actor.role === 'ubnd') return WORK_PACKAGE_EDITABLE_FIELDS;
  return canEditWorkPackage(actor, pkg) ? DEPARTMENT_EDITABLE_FIELDS : [];
};

/** HĐND members raise supervision requests instead of commenting; admins run the system, not the work. */
export const canCommentOnWorkPackage = (actor: Actor, pkg: PackageParties): boolean =>
  actor.role === 'ubnd' || isLeadDepartmentUser(actor, pkg) || isCooperatingDepartmentUser(actor, pkg);

/** Progress reports with evidence come from the lead department (or the office on its behalf). */
export const canFileProgressReport = (actor: Actor, pkg: Pick<WorkPackage, 'leadDepartmentId'>): boolean =>
  actor.role === 'ubnd' || isLeadDepartmentUser(actor, pkg);

export const assertCanEditWorkPackage = (actor: Actor, pkg: EditablePackage): void => {
  if (canEditWorkPackage(actor, pkg)) return;
  if (isLeadDepartmentUser(actor, pkg)) {
    throw new DomainError('FORBIDDEN', 'This package is awaiting approval or closed; only the UBND office can change it now');
  }
  throw new DomainError('FORBIDDEN', 'Only the lead department or the UBND office can edit this package');
};

/**
 * Checks the fields a PATCH carries (`version` is ignored: it is the lock, not a change).
 * Fields nobody edits directly are a VALIDATION_FAILED; fields only the office edits are FORBIDDEN.
 */
export const assertCanEditFields = (actor: Actor, pkg: EditablePackage, fields: readonly string[]): void => {
  assertCanEditWorkPackage(actor, pkg);
  const changed = fields.filter((field) => field !== 'version');
  const unknown = changed.filter((field) => !(WORK_PACKAGE_EDITABLE_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `These fields cannot be changed by an edit: ${unknown.join(', ')} (status moves through transitions, a deadline extension through its request)`,
      unknown.map((field) => ({ field, message: 'Not editable', rule: 'notEditable' as const })),
    );
  }
  const allowed: readonly string[] = editableFieldsFor(actor, pkg);
  const refused = changed.filter((field) => !allowed.includes(field));
  if (refused.length === 0) return;
  throw new DomainError(
    'FORBIDDEN',
    `The lead department may change only progress and expected output, not: ${refused.join(', ')}`,
    refused.map((field) => ({ field, message: 'Only the UBND office can change this', rule: 'officeOnly' as const })),
  );
};

export const assertCanCommentOnWorkPackage = (actor: Actor, pkg: PackageParties): void => {
  if (canCommentOnWorkPackage(actor, pkg)) return;
  const message =
    actor.role === 'hdnd'
      ? 'HĐND members raise a supervision request on a package rather than comment on it'
      : 'Only the UBND office, the lead department and co-operating departments can comment on this package';
  throw new DomainError('FORBIDDEN', message);
};

export const assertCanFileProgressReport = (actor: Actor, pkg: Pick<WorkPackage, 'leadDepartmentId'>): void => {
  if (!canFileProgressReport(actor, pkg)) throw new DomainError('FORBIDDEN', 'Only the lead department or the UBND office can file a progress report');
};
