import { CLOSED_WORK_PACKAGE_STATUSES, DeadlineCategory, DEPARTMENT_ROLE } from '@mandate/domain';
import { getMetadataArgsStorage } from 'typeorm';
import { ColumnMetadataArgs } from 'typeorm/metadata-args/ColumnMetadataArgs';
import { WorkPackageEntity } from './work-package.entity';

/** Positional parameters for hand-written SQL: `p(value)` appends the value and returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  p = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };

  /** A parameter added only when first used: Postgres refuses a parameter that a statement never references. */
  lazy = (value: unknown): (() => string) => {
    let placeholder: string | null = null;
    return () => (placeholder ??= this.p(value));
  };
}

const quoted = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** The SQL mirror of the domain's `isOpenStatus`, built from its closed statuses; an agreement test runs both over every status. */
export const openStatusSql = (statusColumn: string): string => `${statusColumn} NOT IN (${quoted(CLOSED_WORK_PACKAGE_STATUSES)})`;

/** The SQL mirror of `isLeadDepartmentUser`: `users` row `userAlias` acts for the department `leadDepartment` (an SQL expression). */
export const leadDepartmentUserSql = (userAlias: string, leadDepartment: string): string =>
  `(${userAlias}.role = '${DEPARTMENT_ROLE}' AND ${userAlias}.department_id = ${leadDepartment})`;

/** The SQL mirror of the domain's `foldText` (case and diacritics, đ as d), through the database's `mandate_unaccent`. */
export const foldSql = (expression: string): string => `lower(mandate_unaccent(${expression}))`;

/**
 * The SQL mirror of `categorize` (libs/domain/src/work-package/deadline-category.ts), for filtering and
 * counting in the database. Same precedence: cancelled; done; no due date; open and past due; not
 * started; open on time. A test runs both over a table of packages and dates so they cannot drift.
 */
export const categorySql = (alias: string, asOf: string): string => `(CASE
  WHEN ${alias}.status = 'cancelled' THEN 'cancelled'
  WHEN ${alias}.status = 'done' THEN
    CASE WHEN ${alias}.completed_on IS NULL OR ${alias}.due_date IS NULL OR ${alias}.completed_on <= ${alias}.due_date THEN 'done_on_time' ELSE 'done_late' END
  WHEN ${alias}.due_date IS NULL THEN 'no_deadline'
  WHEN ${asOf}::date > ${alias}.due_date THEN 'open_overdue'
  WHEN ${alias}.status = 'not_started' THEN 'not_started'
  ELSE 'open_on_time'
END)`;

/**
 * `category = X` written as conditions on status and dates, so an index can serve the filter; the same drift test
 * checks it against `categorize` for every category.
 */
export const categoryFilterSql = (alias: string, asOfSql: string | (() => string), category: DeadlineCategory): string => {
  // Read only by the categories that depend on the date, so a lazy parameter is added only when used.
  const asOf = () => (typeof asOfSql === 'string' ? asOfSql : asOfSql());
  const open = openStatusSql(`${alias}.status`);
  switch (category) {
    case 'cancelled':
      return `${alias}.status = 'cancelled'`;
    case 'done_on_time':
      return `(${alias}.status = 'done' AND (${alias}.completed_on IS NULL OR ${alias}.due_date IS NULL OR ${alias}.completed_on <= ${alias}.due_date))`;
    case 'done_late':
      return `(${alias}.status = 'done' AND ${alias}.completed_on > ${alias}.due_date)`;
    case 'no_deadline':
      return `(${open} AND ${alias}.due_date IS NULL)`;
    case 'open_overdue':
      return `(${open} AND ${alias}.due_date < ${asOf()}::date)`;
    case 'not_started':
      return `(${alias}.status = 'not_started' AND ${alias}.due_date >= ${asOf()}::date)`;
    case 'open_on_time':
      return `(${alias}.status IN ('in_progress', 'blocked', 'submitted') AND ${alias}.due_date >= ${asOf()}::date)`;
  }
};

/** A search text as the search reads it: composed (NFC), runs of spaces as one, trimmed. */
export const squeezeSearch = (q: string): string => q.normalize('NFC').trim().replace(/\s+/g, ' ');

/** `q` as a LIKE pattern over `search_text`: case and diacritics folded by the same function as the column, wildcards escaped. */
export const searchSql = (alias: string, q: string, params: SqlParams): string => {
  const escaped = squeezeSearch(q).replace(/[\\%_]/g, '\\$&');
  return `${alias}.search_text LIKE '%' || ${foldSql(params.p(escaped))} || '%'`;
};

/** How one entity column reads as a field of the API's WorkPackage: dates as text, so no time zone ever touches them. */
const selectColumn = (alias: string, column: ColumnMetadataArgs): string => {
  const sql = `${alias}.${column.options.name ?? column.propertyName}`;
  if (column.options.type === 'date') return `to_char(${sql}, 'YYYY-MM-DD') AS "${column.propertyName}"`;
  if (column.options.array) return `${sql}::text[] AS "${column.propertyName}"`;
  return `${sql} AS "${column.propertyName}"`;
};

/** Every field of the API's WorkPackage: the entity's columns (the one list of them) plus the assignees and the computed category. */
export const packageColumnsSql = (alias: string, asOf: string): string =>
  [
    ...getMetadataArgsStorage()
      .columns.filter((column) => column.target === WorkPackageEntity && column.options.select !== false)
      .map((column) => selectColumn(alias, column)),
    `ARRAY(SELECT a.user_id::text FROM work_package_assignees a WHERE a.work_package_id = ${alias}.id ORDER BY a.user_id) AS "assigneeIds"`,
    `${categorySql(alias, asOf)} AS category`,
  ].join(', ');
