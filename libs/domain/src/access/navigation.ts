import { can, Permission } from './permissions';
import { Role } from './role';

export const NAVIGATION_SECTIONS = [
  'dashboard',
  'plans',
  'import',
  'board',
  'deadlines',
  'indicators',
  'disbursement',
  'supervision',
  'reports',
  'audit',
  'admin.users',
  'admin.departments',
  'admin.queues',
] as const;
export type NavigationSection = (typeof NAVIGATION_SECTIONS)[number];

const REQUIRES: Record<NavigationSection, Permission> = {
  dashboard: 'plans.read',
  plans: 'plans.read',
  import: 'plans.import',
  board: 'workPackages.read',
  deadlines: 'deadlines.read',
  indicators: 'plans.read',
  disbursement: 'disbursement.read',
  supervision: 'supervision.read',
  reports: 'reports.read',
  audit: 'audit.read',
  'admin.users': 'users.manage',
  'admin.departments': 'departments.manage',
  'admin.queues': 'queues.manage',
};

/** The screens a role sees in its navigation, in menu order. */
export const navigationFor = (role: Role): NavigationSection[] => NAVIGATION_SECTIONS.filter((section) => can(role, REQUIRES[section]));

export const canOpen = (role: Role, section: NavigationSection): boolean => can(role, REQUIRES[section]);
