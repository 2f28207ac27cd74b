import { DomainError } from '../errors/domain-error';
import { Actor } from './role';

/** Who a package belongs to, as far as reading its records is concerned. */
export interface PackageParties {
  leadDepartmentId: string;
  cooperatingDepartmentIds: readonly string[];
}

/** Roles that oversee every package: the office that assigns, the council that supervises, the administrator. */
const OVERSEEING_ROLES: readonly Actor['role'][] = ['admin', 'ubnd', 'hdnd'];

/**
 * Need-to-know: every signed-in role sees every package's card, but its progress reports, comments, history
 * details, extension requests and evidence files only the lead and co-operating departments and the overseeing roles.
 */
export const canReadPackageRecords = (actor: Actor, pkg: PackageParties): boolean =>
  OVERSEEING_ROLES.includes(actor.role) ||
  (actor.role === 'department' && actor.departmentId !== null && (actor.departmentId === pkg.leadDepartmentId || pkg.cooperatingDepartmentIds.includes(actor.departmentId)));

export const assertCanReadPackageRecords = (actor: Actor, pkg: PackageParties): void => {
  if (!canReadPackageRecords(actor, pkg)) {
    throw new DomainError('FORBIDDEN', "Only the lead and co-operating departments, the UBND office and the HĐND can read this package's reports, comments, history and evidence");
  }
};
