import { Actor, isLeadDepartmentUser } from '../access';
import { CalendarDate, assertIsoDate, compareDates, formatDateVi, isValidIsoDate } from '../calendar';
import { DomainError } from '../errors/domain-error';
import type { FieldRule, FieldRuleParams } from '../errors/field-rules';
import { WorkPackage, isOpenStatus } from './work-package';
import { MAX_REASON_LENGTH } from './work-package.workflow';

export const EXTENSION_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionRequestStatus = (typeof EXTENSION_REQUEST_STATUSES)[number];

/** A request for a new due date (gia hạn), as stored and returned. */
export interface DeadlineExtensionRequest {
  id: string;
  workPackageId: string;
  requestedBy: string;
  requestedAt: string;
  /** The due date in force when the request was made. */
  currentDueDate: CalendarDate;
  requestedDueDate: CalendarDate;
  reason: string;
  status: ExtensionRequestStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** The date the office granted (the requested one unless it chose another); null unless approved. */
  grantedDueDate: CalendarDate | null;
  /** Display names, so the page names people rather than ids. */
  requestedByName?: string;
  decidedByName?: string | null;
}

export interface ExtensionRequestInput {
  requestedDueDate: unknown;
  reason: unknown;
}

/** What to insert for a new request; the caller adds id, requester and timestamps. */
export interface ExtensionRequestDraft {
  workPackageId: string;
  currentDueDate: CalendarDate;
  requestedDueDate: CalendarDate;
  reason: string;
  status: 'pending';
}

export interface ExtensionDecisionInput {
  approve: boolean;
  /** Required when refusing, so the department learns why. */
  note?: string | null;
  /** When approving: the date granted, if not the one requested (YYYY-MM-DD, later than the current due date). */
  dueDate?: unknown;
}

export interface ExtensionDecisionEffect {
  request: { status: 'approved' | 'refused'; decisionNote: string | null; grantedDueDate: CalendarDate | null };
  /** Null when refused: the package is unchanged. */
  packageChanges: { dueDate: CalendarDate; originalDueDate: CalendarDate } | null;
}

type ExtendablePackage = Pick<WorkPackage, 'id' | 'status' | 'leadDepartmentId' | 'dueDate' | 'originalDueDate'>;

const validationFailed = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams): DomainError =>
  new DomainError('VALIDATION_FAILED', message, [{ field, message, rule, ...(params && { params }) }]);

const trimmedText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const assertExtendable = (pkg: ExtendablePackage): CalendarDate => {
  if (!isOpenStatus(pkg.status)) throw new DomainError('PACKAGE_CLOSED', 'A done or cancelled package cannot have its deadline extended');
  if (pkg.dueDate === null) throw new DomainError('PACKAGE_HAS_NO_DEADLINE', 'This package has no deadline to extend');
  return pkg.dueDate;
};

export const canRequestExtension = (actor: Actor, pkg: Pick<WorkPackage, 'leadDepartmentId' | 'status' | 'dueDate'>): boolean =>
  isLeadDepartmentUser(actor, pkg) && isOpenStatus(pkg.status) && pkg.dueDate !== null;

export const canDecideExtension = (actor: Actor): boolean => actor.role === 'ubnd';

/**
 * Checks a department's request for a later due date. `pending` is the package's requests still
 * awaiting a decision (only one may be open at a time).
 */
export const assertExtensionRequest = (
  actor: Actor,
  pkg: ExtendablePackage,
  pending: readonly Pick<DeadlineExtensionRequest, 'status'>[],
  input: ExtensionRequestInput,
): ExtensionRequestDraft => {
  if (!isLeadDepartmentUser(actor, pkg)) {
    throw new DomainError('FORBIDDEN', 'Only the lead department can request a deadline extension for this package');
  }
  const currentDueDate = assertExtendable(pkg);
  if (pending.some((request) => request.status === 'pending')) {
    throw new DomainError('EXTENSION_PENDING', 'This package already has an extension request awaiting a decision');
  }
  if (!isValidIsoDate(input.requestedDueDate)) {
    throw validationFailed('requestedDueDate', 'requestedDueDate must be a calendar date written YYYY-MM-DD', 'isDate');
  }
  if (compareDates(input.requestedDueDate, currentDueDate) <= 0) {
    throw validationFailed('requestedDueDate', `The new due date must be after the current one (${formatDateVi(currentDueDate)})`, 'afterCurrentDue', { date: formatDateVi(currentDueDate) });
  }
  const reason = trimmedText(input.reason);
  if (reason.length === 0) throw validationFailed('reason', 'The reason for the extension is required', 'required');
  if (reason.length > MAX_REASON_LENGTH) throw validationFailed('reason', `The reason must be at most ${MAX_REASON_LENGTH} characters`, 'maxLength', { max: MAX_REASON_LENGTH });
  return { workPackageId: pkg.id, currentDueDate, requestedDueDate: input.requestedDueDate, reason, status: 'pending' };
};

/** The UBND office approves (the package gets the new date, its first date kept) or refuses with a note. */
export const decideExtension = (
  actor: Actor,
  pkg: ExtendablePackage,
  request: Pick<DeadlineExtensionRequest, 'workPackageId' | 'status' | 'requestedDueDate'>,
  decision: ExtensionDecisionInput,
): ExtensionDecisionEffect => {
  if (!canDecideExtension(actor)) throw new DomainError('FORBIDDEN', 'Only the UBND office can approve or refuse a deadline extension');
  if (request.workPackageId !== pkg.id) throw new DomainError('NOT_FOUND', 'Extension request not found for this package.');
  if (request.status !== 'pending') throw new DomainError('EXTENSION_ALREADY_DECIDED', `This extension request was already ${request.status}`);

  const note = trimmedText(decision.note);
  if (note.length > MAX_REASON_LENGTH) throw validationFailed('note', `The note must be at most ${MAX_REASON_LENGTH} characters`, 'maxLength', { max: MAX_REASON_LENGTH });
  if (!decision.approve) {
    if (note.length === 0) throw validationFailed('note', 'The reason for refusing is required', 'required');
    return { request: { status: 'refused', decisionNote: note, grantedDueDate: null }, packageChanges: null };
  }

  const currentDueDate = assertExtendable(pkg);
  const granted = decision.dueDate === undefined || decision.dueDate === null || decision.dueDate === '' ? null : decision.dueDate;
  if (granted !== null) {
    if (!isValidIsoDate(granted)) throw validationFailed('dueDate', 'dueDate must be a calendar date written YYYY-MM-DD', 'isDate');
    if (compareDates(granted, currentDueDate) <= 0) throw validationFailed('dueDate', `The new due date must be after the current one (${formatDateVi(currentDueDate)})`, 'afterCurrentDue', { date: formatDateVi(currentDueDate) });
  }
  const requestedDueDate = assertIsoDate(request.requestedDueDate, 'requestedDueDate');
  // The office may have moved the date since the request; approving must still extend, never shorten.
  if (granted === null && compareDates(requestedDueDate, currentDueDate) <= 0) {
    throw new DomainError('EXTENSION_NOT_LATER', `The package is already due ${formatDateVi(currentDueDate)}, not before the requested date; refuse this request instead`);
  }
  return {
    request: { status: 'approved', decisionNote: note.length > 0 ? note : null, grantedDueDate: granted ?? requestedDueDate },
    // Set once: a second extension keeps the very first due date.
    packageChanges: { dueDate: granted ?? requestedDueDate, originalDueDate: pkg.originalDueDate ?? currentDueDate },
  };
};
