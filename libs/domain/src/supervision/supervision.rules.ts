import { Actor } from '../access/role';
import { DEPARTMENT_ROLE } from '../access/need-to-know';
import { addDays, CalendarDate, compareDates, formatDateVi, isValidIsoDate } from '../calendar';
import { DomainError } from '../errors/domain-error';
import type { FieldRule, FieldRuleParams } from '../errors/field-rules';
import { categorize } from '../work-package/deadline-category';
import { WorkPackageStatus } from '../work-package/work-package';
import {
  isSupervisionKind,
  MAX_RESPONSE_DAYS,
  MAX_SUPERVISION_CONTENT_LENGTH,
  SUPERVISION_KINDS,
  SUPERVISION_SUBJECT_TYPES,
  SupervisionCategory,
  SupervisionKind,
  SupervisionRequest,
  SupervisionResponseDays,
  SupervisionStatus,
  SupervisionSubjectType,
} from './supervision-request';

type Addressed = Pick<SupervisionRequest, 'addresseeDepartmentId'>;
type Stateful = Pick<SupervisionRequest, 'status'>;

const invalid = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams): DomainError =>
  new DomainError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message, rule, ...(params && { params }) }]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only the HĐND raises, asks for more and closes. */
export const canRaiseSupervision = (actor: Pick<Actor, 'role'>): boolean => actor.role === 'hdnd';

/** The addressee department answers what is addressed to it; the UBND answers any request. */
export const canAnswerSupervision = (actor: Pick<Actor, 'role' | 'departmentId'>, request: Addressed): boolean =>
  actor.role === 'ubnd' || (actor.role === DEPARTMENT_ROLE && actor.departmentId !== null && actor.departmentId === request.addresseeDepartmentId);

/** Need-to-know for threads: the addressee, the UBND, the HĐND (and the administrator). */
export const canReadSupervision = (actor: Pick<Actor, 'role' | 'departmentId'>, request: Addressed): boolean =>
  actor.role !== DEPARTMENT_ROLE || (actor.departmentId !== null && actor.departmentId === request.addresseeDepartmentId);

export const assertCanReadSupervision = (actor: Pick<Actor, 'role' | 'departmentId'>, request: Addressed): void => {
  if (!canReadSupervision(actor, request)) throw new DomainError('FORBIDDEN', 'Only the addressee, the UBND office and the HĐND can read this supervision request');
};

export const assertCanRaiseSupervision = (actor: Pick<Actor, 'role'>): void => {
  if (!canRaiseSupervision(actor)) throw new DomainError('FORBIDDEN', 'Only the HĐND can raise, reopen or close a supervision request');
};

export interface SupervisionRequestInput {
  kind: unknown;
  subject: unknown;
  addresseeDepartmentId: unknown;
  content: unknown;
  dueDate?: unknown;
}

export interface SupervisionRequestDraft {
  kind: SupervisionKind;
  subject: { type: SupervisionSubjectType; id: string };
  addresseeDepartmentId: string | null;
  content: string;
  dueDate: CalendarDate;
}

const contentOf = (value: unknown, field: string): string => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw invalid(field, 'is required', 'required');
  if (text.length > MAX_SUPERVISION_CONTENT_LENGTH) throw invalid(field, `must be at most ${MAX_SUPERVISION_CONTENT_LENGTH} characters`, 'maxLength', { max: MAX_SUPERVISION_CONTENT_LENGTH });
  return text;
};

/** A response deadline: a calendar date, not before today in Hà Nội. */
const deadlineOf = (value: unknown, today: CalendarDate, field: string): CalendarDate => {
  if (!isValidIsoDate(value)) throw invalid(field, 'must be a calendar date written YYYY-MM-DD', 'isDate');
  if (compareDates(value, today) < 0) throw invalid(field, `must not be in the past (today is ${formatDateVi(today)})`, 'notInPast');
  return value;
};

/** The deadline a new request gets when none is given: today plus the kind's response days. */
export const defaultSupervisionDueDate = (kind: SupervisionKind, today: CalendarDate, days: SupervisionResponseDays): CalendarDate => addDays(today, days[kind]);

/** Checks what the HĐND sends to raise a request; the subject's and addressee's existence are checked by the caller. */
export const assertSupervisionRequest = (actor: Pick<Actor, 'role'>, input: SupervisionRequestInput, today: CalendarDate, days: SupervisionResponseDays): SupervisionRequestDraft => {
  assertCanRaiseSupervision(actor);
  if (!isSupervisionKind(input.kind)) throw invalid('kind', `must be one of ${SUPERVISION_KINDS.join(', ')}`, 'isIn');
  const kind = input.kind;
  const subject = input.subject as { type?: unknown; id?: unknown } | null;
  if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) throw invalid('subject', 'must be an object with "type" and "id"', 'isObject');
  if (!(SUPERVISION_SUBJECT_TYPES as readonly unknown[]).includes(subject.type)) throw invalid('subject.type', `must be one of ${SUPERVISION_SUBJECT_TYPES.join(', ')}`, 'isIn');
  if (typeof subject.id !== 'string' || !UUID.test(subject.id)) throw invalid('subject.id', 'must be an id (UUID)', 'isUuid');
  const addressee = input.addresseeDepartmentId;
  if (addressee !== null && addressee !== undefined && (typeof addressee !== 'string' || !UUID.test(addressee))) {
    throw invalid('addresseeDepartmentId', 'must be a department id, or null for the UBND', 'isUuid');
  }
  const content = contentOf(input.content, 'content');
  const dueDate = input.dueDate === undefined || input.dueDate === null || input.dueDate === '' ? defaultSupervisionDueDate(kind, today, days) : deadlineOf(input.dueDate, today, 'dueDate');
  return { kind, subject: { type: subject.type as SupervisionSubjectType, id: subject.id.toLowerCase() }, addresseeDepartmentId: (addressee as string | null | undefined)?.toLowerCase() ?? null, content, dueDate };
};

const assertNotClosed = (request: Stateful): void => {
  if (request.status === 'closed') throw new DomainError('SUPERVISION_REQUEST_CLOSED', 'This supervision request is closed');
};

/** An answer: by the addressee or the UBND, while the current round is open. */
export const assertSupervisionResponse = (actor: Pick<Actor, 'role' | 'departmentId'>, request: Addressed & Stateful, input: { content: unknown }): { content: string } => {
  if (!canAnswerSupervision(actor, request)) throw new DomainError('FORBIDDEN', 'Only the addressed department or the UBND office can answer this supervision request');
  assertNotClosed(request);
  if (request.status === 'answered') throw new DomainError('SUPERVISION_REQUEST_ANSWERED', 'This round is answered already; the HĐND may ask for more');
  return { content: contentOf(input.content, 'content') };
};

/** Asking for more: the HĐND reopens an answered request with a new deadline; the thread keeps every round. */
export const assertSupervisionReopen = (actor: Pick<Actor, 'role'>, request: Stateful, input: { content: unknown; dueDate: unknown }, today: CalendarDate): { content: string; dueDate: CalendarDate } => {
  assertCanRaiseSupervision(actor);
  assertNotClosed(request);
  if (request.status !== 'answered') throw new DomainError('SUPERVISION_REQUEST_NOT_ANSWERED', 'Only an answered request can be asked for more');
  const content = contentOf(input.content, 'content');
  return { content, dueDate: deadlineOf(input.dueDate, today, 'dueDate') };
};

/** Closing: the HĐND accepts the answer (or withdraws an unanswered request). */
export const assertSupervisionClose = (actor: Pick<Actor, 'role'>, request: Stateful, input: { content?: unknown }): { content: string | null } => {
  assertCanRaiseSupervision(actor);
  assertNotClosed(request);
  const text = typeof input.content === 'string' ? input.content.trim() : '';
  if (text.length > MAX_SUPERVISION_CONTENT_LENGTH) throw invalid('content', `must be at most ${MAX_SUPERVISION_CONTENT_LENGTH} characters`, 'maxLength', { max: MAX_SUPERVISION_CONTENT_LENGTH });
  return { content: text.length > 0 ? text : null };
};

/** The package status a request's state stands for, so its timeliness comes from the one `categorize` rule. */
export const supervisionAsPackageStatus = (status: SupervisionStatus, answeredOn: CalendarDate | null): WorkPackageStatus => {
  if (status === 'open') return 'in_progress';
  return answeredOn === null ? 'cancelled' : 'done';
};

/** answered on time / late, open on time / overdue (a request closed without any answer counts as withdrawn: cancelled). */
export const supervisionCategory = (request: Pick<SupervisionRequest, 'status' | 'dueDate' | 'answeredOn'>, asOf: CalendarDate): SupervisionCategory =>
  categorize({ status: supervisionAsPackageStatus(request.status, request.answeredOn), dueDate: request.dueDate, completedOn: request.answeredOn }, asOf) as SupervisionCategory;

/** The admin's per-kind response days: whole days from 1 to MAX_RESPONSE_DAYS. */
export const assertSupervisionResponseDays = (input: unknown): SupervisionResponseDays => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid('body', 'must be an object of days per kind', 'isObject');
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!isSupervisionKind(key)) throw invalid(key, 'is not a kind of supervision request', 'whitelistValidation');
  const result = {} as SupervisionResponseDays;
  for (const kind of SUPERVISION_KINDS) {
    const value = record[kind];
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_RESPONSE_DAYS) throw invalid(kind, `must be a whole number of days from 1 to ${MAX_RESPONSE_DAYS}`, 'intRange', { min: 1, max: MAX_RESPONSE_DAYS });
    result[kind] = value as number;
  }
  return result;
};
