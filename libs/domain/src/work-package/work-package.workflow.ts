import { Actor, isLeadDepartmentUser } from '../access';
import { CalendarDate, todayIn } from '../calendar';
import { DomainError } from '../errors/domain-error';
import { WORK_PACKAGE_STATUSES, WORK_PACKAGE_STATUS_LABELS, WorkPackage, WorkPackageStatus, isWorkPackageStatus } from './work-package';

export const TRANSITION_ACTIONS = ['start', 'block', 'unblock', 'submit', 'approve', 'return', 'cancel', 'reopen'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** Who may make a move: the package's lead department, the UBND office, or both. */
export type TransitionMover = 'lead' | 'ubnd';

export interface TransitionRule {
  action: TransitionAction;
  from: WorkPackageStatus;
  to: WorkPackageStatus;
  movers: readonly TransitionMover[];
  /** `reason`: a stated obstacle or justification; `report`: a completion report. */
  requires: 'reason' | 'report' | null;
}

const CANCELLABLE: readonly WorkPackageStatus[] = ['not_started', 'in_progress', 'blocked', 'submitted'];

/** The whole workflow; any pair of statuses not listed is refused with TRANSITION_NOT_ALLOWED. */
export const WORK_PACKAGE_TRANSITIONS: readonly TransitionRule[] = [
  { action: 'start', from: 'not_started', to: 'in_progress', movers: ['lead', 'ubnd'], requires: null },
  { action: 'block', from: 'in_progress', to: 'blocked', movers: ['lead', 'ubnd'], requires: 'reason' },
  { action: 'unblock', from: 'blocked', to: 'in_progress', movers: ['lead', 'ubnd'], requires: null },
  { action: 'submit', from: 'in_progress', to: 'submitted', movers: ['lead', 'ubnd'], requires: 'report' },
  { action: 'approve', from: 'submitted', to: 'done', movers: ['ubnd'], requires: null },
  { action: 'return', from: 'submitted', to: 'in_progress', movers: ['ubnd'], requires: 'reason' },
  ...CANCELLABLE.map((from): TransitionRule => ({ action: 'cancel', from, to: 'cancelled', movers: ['ubnd'], requires: 'reason' })),
  { action: 'reopen', from: 'done', to: 'in_progress', movers: ['ubnd'], requires: 'reason' },
];

export const findTransition = (from: WorkPackageStatus, to: WorkPackageStatus): TransitionRule | undefined =>
  WORK_PACKAGE_TRANSITIONS.find((rule) => rule.from === from && rule.to === to);

export const MAX_REASON_LENGTH = 2000;
export const MAX_REPORT_SUMMARY_LENGTH = 10_000;

/** Whose report the UBND office files when it reports completion for the lead department, and why. */
export interface OnBehalfInput {
  /** Required; checked here so the message names `report.onBehalf.reason`. */
  reason?: string;
  /** The department's officer who gave the report (name, title), when known. */
  reporterName?: string | null;
}

export interface CompletionReportInput {
  summary: string;
  /** Evidence already uploaded as attachments; at least one unless the plan relaxes it. */
  attachmentIds?: string[];
  /** Required when the UBND office reports on the lead department's behalf. */
  onBehalf?: OnBehalfInput | null;
}

/** The report as stored: on whose behalf it was filed (the lead department), and why; null when the department filed it. */
export interface OnBehalfRecord {
  departmentId: string;
  reporterName: string | null;
  reason: string;
}

/** What the workflow needs besides the move itself. */
export interface TransitionFacts {
  reason?: string | null;
  /** Untrusted: every part is checked here, so messages name `report.summary` and the like. */
  report?: Partial<CompletionReportInput> | null;
  /** When the completion report being approved was submitted; approving needs it to date the completion. */
  reportSubmittedAt?: Date | null;
  /** Who filed the completion report being approved: that person cannot approve it. */
  reportSubmittedBy?: string | null;
  /** The plan's setting; a completion report needs at least one evidence file unless it is false. */
  evidenceRequired?: boolean;
}

/** What decides which moves are offered besides status and role. */
export interface TransitionContext {
  /** Who filed the completion report awaiting approval. */
  reportSubmittedBy?: string | null;
}

/** What the caller writes after a permitted move; fields absent from `set` stay as they are. */
export interface TransitionEffect {
  action: TransitionAction;
  from: WorkPackageStatus;
  to: WorkPackageStatus;
  set: { status: WorkPackageStatus; progress?: number; completedOn?: CalendarDate | null };
  /** Trimmed; recorded with the audit event (the obstacle, the return or cancel reason, or an optional note). */
  reason: string | null;
  /** Trimmed; stored as the completion report on submit. */
  report: { summary: string; attachmentIds: string[]; onBehalf: OnBehalfRecord | null } | null;
}

type MovablePackage = Pick<WorkPackage, 'status' | 'leadDepartmentId'>;

const moverOf = (actor: Actor, pkg: MovablePackage): TransitionMover | null => {
  if (actor.role === 'ubnd') return 'ubnd';
  if (isLeadDepartmentUser(actor, pkg)) return 'lead';
  return null;
};

/** Four eyes: whoever filed the completion report does not approve it. */
export const isOwnCompletionReport = (actor: Actor, rule: Pick<TransitionRule, 'action'>, context: TransitionContext): boolean =>
  rule.action === 'approve' && typeof context.reportSubmittedBy === 'string' && context.reportSubmittedBy === actor.id;

/** The statuses this actor may move the package to now; the web offers exactly these. */
export const allowedTransitions = (actor: Actor, pkg: MovablePackage, context: TransitionContext = {}): WorkPackageStatus[] => {
  const mover = moverOf(actor, pkg);
  if (mover === null) return [];
  return WORK_PACKAGE_TRANSITIONS.filter((rule) => rule.from === pkg.status && rule.movers.includes(mover) && !isOwnCompletionReport(actor, rule, context)).map((rule) => rule.to);
};

const requiredText = (value: unknown, field: string, what: string, max: number): string => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) {
    const message = `${what} is required`;
    throw new DomainError('VALIDATION_FAILED', message, [{ field, message, rule: 'required' }]);
  }
  if (text.length > max) {
    const message = `${what} must be at most ${max} characters`;
    throw new DomainError('VALIDATION_FAILED', message, [{ field, message, rule: 'maxLength', params: { max } }]);
  }
  return text;
};

const REASON_NAMES: Record<TransitionAction, string> = {
  start: 'A reason',
  block: 'The obstacle',
  unblock: 'A reason',
  submit: 'A reason',
  approve: 'A reason',
  return: 'The reason for returning the report',
  cancel: 'The reason for cancelling',
  reopen: 'The reason for reopening',
};

const effectOn = (rule: TransitionRule, input: TransitionFacts): TransitionEffect['set'] => {
  switch (rule.action) {
    case 'approve': {
      const submittedAt = input.reportSubmittedAt;
      if (!(submittedAt instanceof Date) || Number.isNaN(submittedAt.getTime())) {
        const message = 'The submission time of the completion report being approved is required';
        throw new DomainError('VALIDATION_FAILED', message, [{ field: 'reportSubmittedAt', message, rule: 'required' }]);
      }
      // The completion date is the day the department reported, not the day the office got round to approving.
      return { status: rule.to, progress: 100, completedOn: todayIn(submittedAt) };
    }
    case 'reopen':
      return { status: rule.to, completedOn: null };
    default:
      return { status: rule.to };
  }
};

const completionReport = (mover: TransitionMover, pkg: MovablePackage, input: TransitionFacts): NonNullable<TransitionEffect['report']> => {
  const summary = requiredText(input.report?.summary, 'report.summary', 'A completion report summary', MAX_REPORT_SUMMARY_LENGTH);
  const attachmentIds = [...new Set(input.report?.attachmentIds ?? [])];
  if (input.evidenceRequired !== false && attachmentIds.length === 0) {
    const message = 'A completion report needs at least one evidence file';
    throw new DomainError('EVIDENCE_REQUIRED', message, [{ field: 'report.attachmentIds', message, rule: 'required' }]);
  }
  // The office files for the lead department: the record says whose report it is and why the office filed it.
  if (mover !== 'ubnd') return { summary, attachmentIds, onBehalf: null };
  const onBehalf = input.report?.onBehalf;
  const reason = requiredText(onBehalf?.reason, 'report.onBehalf.reason', 'Why the UBND office reports for the lead department', MAX_REASON_LENGTH);
  const reporter = typeof onBehalf?.reporterName === 'string' ? onBehalf.reporterName.trim() : '';
  if (reporter.length > 200) {
    const message = 'The reporter name must be at most 200 characters';
    throw new DomainError('VALIDATION_FAILED', message, [{ field: 'report.onBehalf.reporterName', message, rule: 'maxLength', params: { max: 200 } }]);
  }
  return { summary, attachmentIds, onBehalf: { departmentId: pkg.leadDepartmentId, reporterName: reporter || null, reason } };
};

const statusName = (status: WorkPackageStatus): string => WORK_PACKAGE_STATUS_LABELS[status].en.toLowerCase();

/**
 * Checks a move and says what to write. Throws FORBIDDEN (who), TRANSITION_NOT_ALLOWED (workflow)
 * OWN_REPORT_APPROVAL (four eyes), VALIDATION_FAILED (missing reason or report) or EVIDENCE_REQUIRED, in that order.
 */
export const assertTransition = (actor: Actor, pkg: MovablePackage, to: WorkPackageStatus, input: TransitionFacts = {}): TransitionEffect => {
  if (!isWorkPackageStatus(to)) {
    const message = `"${String(to)}" is not a status; use one of ${WORK_PACKAGE_STATUSES.join(', ')}`;
    throw new DomainError('VALIDATION_FAILED', message, [{ field: 'to', message, rule: 'isIn' }]);
  }
  const mover = moverOf(actor, pkg);
  if (mover === null) {
    throw new DomainError('FORBIDDEN', 'Only the lead department or the UBND office can move this package');
  }
  const rule = findTransition(pkg.status, to);
  if (!rule) {
    const message =
      pkg.status === to
        ? `The package is already ${statusName(to)}`
        : `A package that is ${statusName(pkg.status)} cannot be moved to ${statusName(to)}`;
    throw new DomainError('TRANSITION_NOT_ALLOWED', message);
  }
  if (!rule.movers.includes(mover)) {
    throw new DomainError('FORBIDDEN', `Only the UBND office can ${rule.action} this package`);
  }
  if (isOwnCompletionReport(actor, rule, { reportSubmittedBy: input.reportSubmittedBy })) {
    throw new DomainError('OWN_REPORT_APPROVAL', 'The person who reported the completion cannot approve it; another UBND officer must');
  }

  const givenReason = typeof input.reason === 'string' && input.reason.trim().length > 0;
  // An optional note (e.g. why a package is unblocked) is kept for the audit trail too.
  const reason = rule.requires === 'reason' || givenReason ? requiredText(input.reason, 'reason', REASON_NAMES[rule.action], MAX_REASON_LENGTH) : null;
  const report = rule.requires === 'report' ? completionReport(mover, pkg, input) : null;

  return { action: rule.action, from: pkg.status, to, set: effectOn(rule, input), reason, report };
};
