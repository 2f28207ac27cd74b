import { Role } from './role';

/**
 * What a role may do, by capability. The API checks these on every route; the web hides what they forbid.
 * Record-level rules (which department's package) live beside their entity.
 */
export const PERMISSIONS = [
  'auth.self',
  'users.manage',
  'departments.read',
  'departments.manage',
  'audit.read',
  'plans.read',
  'plans.import',
  'plans.breakdown',
  'workPackages.read',
  'workPackages.create',
  'workPackages.update',
  'workPackages.transition',
  'workPackages.comment',
  'workPackages.report',
  'deadlines.read',
  'supervision.read',
  'reports.read',
  'plans.publish',
  'supervision.raise',
  'supervision.respond',
  'notifications.read',
  'queues.manage',
  'settings.manage',
  'disbursement.read',
  'disbursement.report',
  'disbursement.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'auth.self',
    'users.manage',
    'departments.read',
    'departments.manage',
    'audit.read',
    'plans.read',
    'workPackages.read',
    'deadlines.read',
    'supervision.read',
    'reports.read',
    'notifications.read',
    'queues.manage',
    'settings.manage',
    'disbursement.read',
  ],
  ubnd: [
    'auth.self',
    'departments.read',
    'audit.read',
    'plans.read',
    'plans.import',
    'plans.breakdown',
    'plans.publish',
    'workPackages.read',
    'workPackages.create',
    'workPackages.update',
    'workPackages.transition',
    'workPackages.comment',
    'workPackages.report',
    'deadlines.read',
    'supervision.read',
    'supervision.respond',
    'reports.read',
    'notifications.read',
    'disbursement.read',
    'disbursement.report',
    'disbursement.manage',
  ],
  department: [
    'auth.self',
    'departments.read',
    'plans.read',
    'workPackages.read',
    'workPackages.update',
    'workPackages.transition',
    'workPackages.comment',
    'workPackages.report',
    'deadlines.read',
    'supervision.read',
    'supervision.respond',
    'reports.read',
    'notifications.read',
    'disbursement.read',
    'disbursement.report',
  ],
  hdnd: [
    'auth.self',
    'departments.read',
    'audit.read',
    'plans.read',
    'workPackages.read',
    'deadlines.read',
    'supervision.read',
    'reports.read',
    'supervision.raise',
    'notifications.read',
    'disbursement.read',
  ],
};

export const permissionsOf = (role: Role): readonly Permission[] => GRANTS[role];

export const can = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);

/** True when the role holds at least one of the permissions. */
export const canAny = (role: Role, permissions: readonly Permission[]): boolean => permissions.some((p) => can(role, p));
