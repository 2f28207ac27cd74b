import { can, canAny, permissionsOf, PERMISSIONS } from './permissions';
import { canOpen, navigationFor } from './navigation';
import { ROLES } from './role';

describe('permissions', () => {
  it.each([
    ['admin', 'users.manage', true],
    ['admin', 'departments.manage', true],
    ['admin', 'plans.import', false],
    ['admin', 'workPackages.transition', false],
    ['ubnd', 'plans.import', true],
    ['ubnd', 'plans.breakdown', true],
    ['ubnd', 'users.manage', false],
    ['ubnd', 'audit.read', true],
    ['department', 'workPackages.transition', true],
    ['department', 'plans.import', false],
    ['department', 'audit.read', false],
    ['department', 'users.manage', false],
    ['hdnd', 'workPackages.read', true],
    ['hdnd', 'supervision.raise', true],
    ['hdnd', 'supervision.respond', false],
    ['ubnd', 'supervision.raise', false],
    ['ubnd', 'supervision.respond', true],
    ['department', 'supervision.raise', false],
    ['department', 'supervision.respond', true],
    ['admin', 'supervision.raise', false],
    ['admin', 'supervision.read', true],
    ['hdnd', 'workPackages.update', false],
    ['hdnd', 'workPackages.transition', false],
    ['hdnd', 'audit.read', true],
    ['ubnd', 'plans.publish', true],
    ['department', 'plans.publish', false],
    ['hdnd', 'plans.publish', false],
    ['department', 'reports.read', true],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('grants only known permissions and lets every role see itself', () => {
    for (const role of ROLES) {
      expect(permissionsOf(role).every((p) => PERMISSIONS.includes(p))).toBe(true);
      expect(can(role, 'auth.self')).toBe(true);
    }
  });

  it('keeps administration with the admin alone', () => {
    expect(ROLES.filter((role) => can(role, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((role) => can(role, 'departments.manage'))).toEqual(['admin']);
  });

  it('never lets hdnd change work', () => {
    expect(canAny('hdnd', ['workPackages.create', 'workPackages.update', 'workPackages.transition', 'workPackages.report', 'plans.import'])).toBe(false);
  });
});

describe(navigationFor.name, () => {
  it.each([
    ['admin', ['dashboard', 'plans', 'board', 'deadlines', 'indicators', 'disbursement', 'supervision', 'reports', 'audit', 'admin.users', 'admin.departments', 'admin.queues']],
    ['ubnd', ['dashboard', 'plans', 'import', 'board', 'deadlines', 'indicators', 'disbursement', 'supervision', 'reports', 'audit']],
    ['department', ['dashboard', 'plans', 'board', 'deadlines', 'indicators', 'disbursement', 'supervision', 'reports']],
    ['hdnd', ['dashboard', 'plans', 'board', 'deadlines', 'indicators', 'disbursement', 'supervision', 'reports', 'audit']],
  ] as const)('shows %s its sections', (role, sections) => {
    expect(navigationFor(role)).toEqual(sections);
  });

  it('agrees with canOpen', () => {
    for (const role of ROLES) {
      expect(navigationFor(role).every((section) => canOpen(role, section))).toBe(true);
      expect(canOpen(role, 'admin.users')).toBe(role === 'admin');
    }
  });
});
