import { Actor, can, DEPARTMENT_ROLE } from '../access';
import { DomainError } from '../errors/domain-error';

/** The responsible department enters its indicator's figures; the UBND office may enter any (it keys in what arrives on paper). */
export const canReportIndicator = (actor: Actor, indicator: { responsibleDepartmentId: string | null }): boolean =>
  can(actor.role, 'indicators.report') &&
  (actor.role !== DEPARTMENT_ROLE || (actor.departmentId !== null && actor.departmentId === indicator.responsibleDepartmentId));

export const assertCanReportIndicator = (actor: Actor, indicator: { responsibleDepartmentId: string | null }): void => {
  if (!canReportIndicator(actor, indicator)) throw new DomainError('FORBIDDEN', "Only the indicator's responsible department or the UBND office may enter its figures");
};
