import { DomainError } from '../errors/domain-error';
import { assertCanReadPackageRecords, canReadPackageRecords } from './need-to-know';
import { Actor } from './role';

const pkg = { leadDepartmentId: 'tc', cooperatingDepartmentIds: ['dl'] };

describe(canReadPackageRecords.name, () => {
  it.each<[string, Actor, boolean]>([
    ['admin', { id: 'a', role: 'admin', departmentId: null }, true],
    ['ubnd', { id: 'u', role: 'ubnd', departmentId: null }, true],
    ['hdnd', { id: 'h', role: 'hdnd', departmentId: null }, true],
    ['the lead department', { id: 'l', role: 'department', departmentId: 'tc' }, true],
    ['a co-operating department', { id: 'c', role: 'department', departmentId: 'dl' }, true],
    ['an unrelated department', { id: 'x', role: 'department', departmentId: 'gd' }, false],
    ['a department user without a department', { id: 'o', role: 'department', departmentId: null }, false],
  ])('%s: %p', (_who, actor, allowed) => {
    expect(canReadPackageRecords(actor, pkg)).toBe(allowed);
    const refusal = (() => {
      try {
        assertCanReadPackageRecords(actor, pkg);
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
    })();
    expect(refusal).toBe(allowed ? null : 'FORBIDDEN');
  });
});
