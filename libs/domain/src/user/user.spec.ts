import { departmentRequirementProblem, USERNAME_PATTERN } from './user';

describe(departmentRequirementProblem.name, () => {
  it.each([
    ['department', 'd-1', null],
    ['department', null, 'A department user must belong to a department.'],
    ['ubnd', null, null],
    ['hdnd', 'd-1', 'Only department users belong to a department.'],
  ] as const)('%s with department %s → %s', (role, departmentId, expected) => {
    expect(departmentRequirementProblem(role, departmentId)).toBe(expected);
  });
});

describe('USERNAME_PATTERN', () => {
  it.each([['so-tai-chinh', true], ['ubnd', true], ['Admin', false], ['a', false], ['có-dấu', false]])('%s → %s', (name, ok) => {
    expect(USERNAME_PATTERN.test(name)).toBe(ok);
  });
});
