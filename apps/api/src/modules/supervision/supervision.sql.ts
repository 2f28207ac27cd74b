import { categorySql } from '../work-packages/work-package.sql';

/** The SQL mirror of `supervisionAsPackageStatus`: a request's state as the package status whose category it takes. */
export const supervisionPackageStatusSql = (alias: string): string =>
  `(CASE WHEN ${alias}.status = 'open' THEN 'in_progress' WHEN ${alias}.answered_on IS NULL THEN 'cancelled' ELSE 'done' END)`;

/** Every field of the API's SupervisionRequest, the category from the one package category rule over the lateral `t`. */
export const requestSelectSql = (asOf: string): string => `
  SELECT r.id, r.kind, r.status, r.subject_type AS "subjectType", r.subject_id AS "subjectId", r.subject_title AS "subjectTitle",
         r.plan_id AS "planId", r.addressee_department_id AS "addresseeDepartmentId", r.content, r.round,
         to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", to_char(r.answered_on, 'YYYY-MM-DD') AS "answeredOn",
         ${categorySql('t', asOf)} AS category, r.raised_by AS "raisedBy", u.display_name AS "raisedByName",
         r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.version
  FROM supervision_requests r
  JOIN users u ON u.id = r.raised_by
  CROSS JOIN LATERAL (SELECT ${supervisionPackageStatusSql('r')} AS status, r.due_date, r.answered_on AS completed_on) t`;
