import { Actor } from '../access/role';
import { can } from '../access/permissions';
import { DomainError } from '../errors/domain-error';

/** The UBND enters every project's figures; a department only those of projects it invests in. */
export const canWriteDisbursementOf = (actor: Pick<Actor, 'role' | 'departmentId'>, investorDepartmentId: string): boolean =>
  can(actor.role, 'disbursement.manage') || (can(actor.role, 'disbursement.report') && actor.departmentId !== null && actor.departmentId === investorDepartmentId);

export const assertCanWriteDisbursementOf = (actor: Pick<Actor, 'role' | 'departmentId'>, investorDepartmentId: string): void => {
  if (!canWriteDisbursementOf(actor, investorDepartmentId)) throw new DomainError('FORBIDDEN', 'Only the UBND or the project’s investor may enter its disbursement.');
};
