import { DeadlineCategory } from '@mandate/domain';

/** Positional parameters for hand-written SQL: `p(value)` appends the value and returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  p = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

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
export const categoryFilterSql = (alias: string, asOf: string, category: DeadlineCategory): string => {
  const open = `${alias}.status NOT IN ('done', 'cancelled')`;
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
      return `(${open} AND ${alias}.due_date < ${asOf}::date)`;
    case 'not_started':
      return `(${alias}.status = 'not_started' AND ${alias}.due_date >= ${asOf}::date)`;
    case 'open_on_time':
      return `(${alias}.status IN ('in_progress', 'blocked', 'submitted') AND ${alias}.due_date >= ${asOf}::date)`;
  }
};

/** `q` as a LIKE pattern over `search_text`: case and diacritics folded by the same function as the column, wildcards escaped. */
export const searchSql = (alias: string, q: string, params: SqlParams): string => {
  const escaped = q.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[\\%_]/g, '\\$&');
  return `${alias}.search_text LIKE '%' || lower(mandate_unaccent(${params.p(escaped)})) || '%'`;
};

const date = (alias: string, column: string, as: string) => `to_char(${alias}.${column}, 'YYYY-MM-DD') AS "${as}"`;

/** Every field of the API's WorkPackage; dates as text so no time zone ever touches them. */
export const packageColumnsSql = (alias: string, asOf: string): string =>
  [
    `${alias}.id`,
    `${alias}.plan_id AS "planId"`,
    `${alias}.item_ref AS "itemRef"`,
    `${alias}.parent_id AS "parentId"`,
    `${alias}.title`,
    `${alias}.description`,
    `${alias}.source_text AS "sourceText"`,
    `${alias}.lead_department_id AS "leadDepartmentId"`,
    `${alias}.cooperating_department_ids::text[] AS "cooperatingDepartmentIds"`,
    `ARRAY(SELECT a.user_id::text FROM work_package_assignees a WHERE a.work_package_id = ${alias}.id ORDER BY a.user_id) AS "assigneeIds"`,
    date(alias, 'start_date', 'startDate'),
    date(alias, 'due_date', 'dueDate'),
    date(alias, 'original_due_date', 'originalDueDate'),
    `${alias}.expected_output AS "expectedOutput"`,
    `${alias}.status`,
    `${alias}.progress`,
    `${alias}.priority`,
    `${alias}.target`,
    date(alias, 'completed_on', 'completedOn'),
    `${categorySql(alias, asOf)} AS category`,
    `${alias}.version`,
    `${alias}.created_at AS "createdAt"`,
    `${alias}.updated_at AS "updatedAt"`,
  ].join(', ');
