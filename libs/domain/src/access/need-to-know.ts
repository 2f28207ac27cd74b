import { DomainError } from '../errors/domain-error';
import { Actor } from './role';

/** Who a package belongs to, as far as reading its records is concerned. */
export interface PackageParties {
  leadDepartmentId: string;
  cooperatingDepartmentIds: readonly string[];
}

/** The role whose users act for one department; the SQL mirror is `leadDepartmentUserSql`, held to this by an agreement test. */
export const DEPARTMENT_ROLE = 'department' satisfies Actor['role'];

/** Whether the user acts for the package's lead department (chủ trì). */
export const isLeadDepartmentUser = (actor: Pick<Actor, 'role' | 'departmentId'>, pkg: Pick<PackageParties, 'leadDepartmentId'>): boolean =>
  actor.role === DEPARTMENT_ROLE && actor.departmentId !== null && actor.departmentId === pkg.leadDepartmentId;

export const isCooperatingDepartmentUser = (actor: Actor, pkg: PackageParties): boolean =>
  actor.role === DEPARTMENT_ROLE && actor.departmentId !== null && pkg.cooperatingDepartmentIds.includes(actor.departmentId);

/** Roles that oversee every package: the office that assigns, the council that supervises, the administrator. */
const OVERSEEING_ROLES: readonly Actor['role'][] = ['admin', 'ubnd', 'hdnd'];

/**
 * Need-to-know: every signed-in role sees every package's card, but its progress reports, comments, history
 * details, extension requests and evidence files only the lead and co-operating departments and the overseeing roles.
 */
export const canReadPackageRecords = (actor: Actor, pkg: PackageParties): boolean =>
  OVERSEEING_ROLES.includes(actor.role) || isLeadDepartmentUser(actor, pkg) || isCooperatingDepartmentUser(actor, pkg);

export const assertCanReadPackageRecords = (actor: Actor, pkg: PackageParties): void => {
  if (!canReadPackageRecords(actor, pkg)) {
    throw new DomainError('FORBIDDEN', "Only the lead and co-operating departments, the UBND office and the HĐND can read this package's reports, comments, history and evidence");
  }
};
