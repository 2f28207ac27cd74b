import { compareDates, isValidIsoDate } from '../calendar';
import { FieldProblem } from '../errors/domain-error';
import type { FieldRule, FieldRuleParams } from '../errors/field-rules';
import { PRIORITIES, Priority, WORK_PACKAGE_TARGET_COMPARATORS, WorkPackageTarget, isPriority } from './work-package';

export const TITLE_MAX_LENGTH = 500;
export const LONG_TEXT_MAX_LENGTH = 20_000;
export const EXPECTED_OUTPUT_MAX_LENGTH = 2000;
export const ITEM_REF_MAX_LENGTH = 50;

/** What a create (or a full edit) carries; the API's DTOs map onto this. */
export interface WorkPackageInput {
  title: string;
  description?: string | null;
  sourceText?: string | null;
  planId?: string | null;
  itemRef?: string | null;
  parentId?: string | null;
  leadDepartmentId: string;
  cooperatingDepartmentIds?: string[];
  assigneeIds?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  expectedOutput?: string | null;
  progress?: number;
  priority?: Priority;
  target?: WorkPackageTarget | null;
  indicatorId?: string | null;
}

/** Untrusted JSON shaped like the input: every value is checked, nothing assumed. */
export type WorkPackageInputCandidate = { [K in keyof WorkPackageInput]?: unknown };

export interface ValidateWorkPackageOptions {
  /** For a PATCH: absent fields are not required. Pass the merged record instead to check dates against each other. */
  partial?: boolean;
}

const isBlank = (value: unknown): boolean => value === undefined || value === null;

const problem = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams): FieldProblem => ({ field, message, rule, ...(params && { params }) });

const checkText = (value: unknown, field: string, max: number, required: boolean): FieldProblem[] => {
  if (isBlank(value)) return required ? [problem(field, `${field} is required`, 'required')] : [];
  if (typeof value !== 'string') return [problem(field, `${field} must be text`, 'isString')];
  if (required && value.trim().length === 0) return [problem(field, `${field} is required`, 'required')];
  if (value.length > max) return [problem(field, `${field} must be at most ${max} characters`, 'maxLength', { max })];
  return [];
};

const checkId = (value: unknown, field: string, required: boolean): FieldProblem[] => {
  if (isBlank(value)) return required ? [problem(field, `${field} is required`, 'required')] : [];
  return typeof value === 'string' && value.trim().length > 0 ? [] : [problem(field, `${field} must be an id`, 'isUuid')];
};

const checkIdList = (value: unknown, field: string): FieldProblem[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [problem(field, `${field} must be a list of ids`, 'isArray')];
  const problems = value.flatMap((id, index) => checkId(id, `${field}[${index}]`, true));
  if (problems.length > 0) return problems;
  return new Set(value).size === value.length ? [] : [problem(field, `${field} lists the same id twice`, 'arrayUnique')];
};

const checkDate = (value: unknown, field: string): FieldProblem[] =>
  isBlank(value) || isValidIsoDate(value) ? [] : [problem(field, `${field} must be a calendar date written YYYY-MM-DD`, 'isDate')];

const checkTarget = (value: unknown): FieldProblem[] => {
  if (isBlank(value)) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [problem('target', 'target must be an object', 'isObject')];
  const target = value as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const comparator = target['comparator'];
  if (!(WORK_PACKAGE_TARGET_COMPARATORS as readonly unknown[]).includes(comparator)) {
    problems.push(problem('target.comparator', `target.comparator must be one of ${WORK_PACKAGE_TARGET_COMPARATORS.join(', ')}`, 'isIn'));
  }
  const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const { value: figure, max } = target;
  if (comparator !== 'qualitative' && !isNumber(figure)) problems.push(problem('target.value', 'target.value must be a number', 'isNumber'));
  if (comparator === 'qualitative' && !isBlank(figure) && !isNumber(figure)) problems.push(problem('target.value', 'target.value must be a number or null', 'isNumber'));
  if (comparator === 'between') {
    if (!isNumber(max)) problems.push(problem('target.max', 'target.max is required for a range', 'required'));
    else if (isNumber(figure) && max < figure) problems.push(problem('target.max', 'target.max must not be below target.value', 'min', { min: figure }));
  } else if (!isBlank(max)) {
    problems.push(problem('target.max', 'target.max is only for a range (between)', 'rangeOnly'));
  }
  problems.push(...checkText(target['unit'], 'target.unit', 200, false), ...checkText(target['label'], 'target.label', 500, false));
  return problems;
};

/** Every problem with a work package's fields at once, so the form can mark them all; empty when valid. */
export const validateWorkPackageInput = (input: WorkPackageInputCandidate, options: ValidateWorkPackageOptions = {}): FieldProblem[] => {
  const required = (field: keyof WorkPackageInput): boolean => !options.partial || field in input;
  const problems: FieldProblem[] = [
    ...checkText(input.title, 'title', TITLE_MAX_LENGTH, required('title')),
    ...checkText(input.description, 'description', LONG_TEXT_MAX_LENGTH, false),
    ...checkText(input.sourceText, 'sourceText', LONG_TEXT_MAX_LENGTH, false),
    ...checkText(input.expectedOutput, 'expectedOutput', EXPECTED_OUTPUT_MAX_LENGTH, false),
    ...checkText(input.itemRef, 'itemRef', ITEM_REF_MAX_LENGTH, false),
    ...checkId(input.planId, 'planId', false),
    ...checkId(input.parentId, 'parentId', false),
    ...checkId(input.indicatorId, 'indicatorId', false),
    ...checkId(input.leadDepartmentId, 'leadDepartmentId', required('leadDepartmentId')),
    ...checkIdList(input.cooperatingDepartmentIds, 'cooperatingDepartmentIds'),
    ...checkIdList(input.assigneeIds, 'assigneeIds'),
    ...checkDate(input.startDate, 'startDate'),
    ...checkDate(input.dueDate, 'dueDate'),
    ...checkTarget(input.target),
  ];

  if (isValidIsoDate(input.startDate) && isValidIsoDate(input.dueDate) && compareDates(input.dueDate, input.startDate) < 0) {
    problems.push(problem('dueDate', 'dueDate must not be before startDate', 'notBeforeStart'));
  }
  if (
    typeof input.leadDepartmentId === 'string' &&
    Array.isArray(input.cooperatingDepartmentIds) &&
    input.cooperatingDepartmentIds.includes(input.leadDepartmentId)
  ) {
    problems.push(problem('cooperatingDepartmentIds', 'The lead department cannot also be a co-operating department', 'leadAlsoCooperating'));
  }
  if (input.progress !== undefined && !(Number.isInteger(input.progress) && (input.progress as number) >= 0 && (input.progress as number) <= 100)) {
    problems.push(problem('progress', 'progress must be a whole number from 0 to 100', 'intRange', { min: 0, max: 100 }));
  }
  if (input.priority !== undefined && !isPriority(input.priority)) {
    problems.push(problem('priority', `priority must be one of ${PRIORITIES.join(', ')}`, 'isIn'));
  }
  return problems;
};
