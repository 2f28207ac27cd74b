import { WorkPackageInputCandidate, validateWorkPackageInput } from './work-package.validation';

const valid: WorkPackageInputCandidate = {
  title: 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2026',
  description: 'Theo mục 3.2',
  leadDepartmentId: 'tc',
  cooperatingDepartmentIds: ['kh', 'xd'],
  assigneeIds: ['u1'],
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  progress: 0,
  priority: 'high',
  target: { comparator: 'gte', value: 100, max: null, unit: '%', label: null },
};

const fieldsOf = (input: WorkPackageInputCandidate, partial = false): string[] =>
  validateWorkPackageInput(input, { partial }).map((problem) => problem.field);

describe('validateWorkPackageInput', () => {
  it('accepts a complete, consistent package', () => {
    expect(validateWorkPackageInput(valid)).toEqual([]);
  });

  it('accepts the minimum: a title and a lead department', () => {
    expect(validateWorkPackageInput({ title: 'Thu hút 22 triệu lượt khách', leadDepartmentId: 'dl' })).toEqual([]);
  });

  it.each<[string, WorkPackageInputCandidate, string[]]>([
    ['no title', { title: undefined }, ['title']],
    ['a blank title', { title: '   ' }, ['title']],
    ['a title of 500 characters', { title: 'x'.repeat(500) }, []],
    ['a title of 501 characters', { title: 'x'.repeat(501) }, ['title']],
    ['a title that is not text', { title: 42 }, ['title']],
    ['no lead department', { leadDepartmentId: undefined }, ['leadDepartmentId']],
    ['a blank lead department', { leadDepartmentId: '' }, ['leadDepartmentId']],
    ['the lead also co-operating', { cooperatingDepartmentIds: ['kh', 'tc'] }, ['cooperatingDepartmentIds']],
    ['a co-operating department twice', { cooperatingDepartmentIds: ['kh', 'kh'] }, ['cooperatingDepartmentIds']],
    ['co-operating departments not a list', { cooperatingDepartmentIds: 'kh' }, ['cooperatingDepartmentIds']],
    ['a blank co-operating id', { cooperatingDepartmentIds: ['kh', ''] }, ['cooperatingDepartmentIds[1]']],
    ['an assignee twice', { assigneeIds: ['u1', 'u1'] }, ['assigneeIds']],
    ['no dates at all', { startDate: null, dueDate: null }, []],
    ['an impossible due date', { dueDate: '2026-02-30' }, ['dueDate']],
    ['a Vietnamese-format due date', { dueDate: '31/12/2026' }, ['dueDate']],
    ['an impossible start date', { startDate: '2026-13-01' }, ['startDate']],
    ['due before the start', { startDate: '2026-06-01', dueDate: '2026-05-31' }, ['dueDate']],
    ['due on the start day', { startDate: '2026-06-01', dueDate: '2026-06-01' }, []],
    ['progress 100', { progress: 100 }, []],
    ['progress 101', { progress: 101 }, ['progress']],
    ['progress -1', { progress: -1 }, ['progress']],
    ['progress 50.5', { progress: 50.5 }, ['progress']],
    ['progress as text', { progress: '50' }, ['progress']],
    ['an unknown priority', { priority: 'critical' }, ['priority']],
    ['a description that is not text', { description: ['a'] }, ['description']],
    ['a description too long', { description: 'x'.repeat(20_001) }, ['description']],
    ['an expected output too long', { expectedOutput: 'x'.repeat(2001) }, ['expectedOutput']],
    ['no target', { target: null }, []],
    ['a range target', { target: { comparator: 'between', value: 2, max: 2.5, unit: 'tỷ USD', label: null } }, []],
    ['a range without a max', { target: { comparator: 'between', value: 2, max: null, unit: 'tỷ USD', label: null } }, ['target.max']],
    ['a range upside down', { target: { comparator: 'between', value: 3, max: 2, unit: null, label: null } }, ['target.max']],
    ['a max on a non-range', { target: { comparator: 'gt', value: 3, max: 4, unit: null, label: null } }, ['target.max']],
    ['a qualitative target', { target: { comparator: 'qualitative', value: null, max: null, unit: null, label: 'Không còn hộ nghèo' } }, []],
    ['a figure missing', { target: { comparator: 'gt', value: null, max: null, unit: '%', label: null } }, ['target.value']],
    ['an unknown comparator', { target: { comparator: 'above', value: 1, max: null, unit: null, label: null } }, ['target.comparator']],
    ['a target that is not an object', { target: 'trên 12,5%' }, ['target']],
  ])('%s → %j', (_case, change, fields) => {
    expect(fieldsOf({ ...valid, ...change })).toEqual(fields);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf({ title: '', leadDepartmentId: '', progress: 200, priority: 'x', dueDate: 'soon' })).toEqual([
      'title',
      'leadDepartmentId',
      'dueDate',
      'progress',
      'priority',
    ]);
  });

  it.each<[string, WorkPackageInputCandidate, string[]]>([
    ['an empty patch', {}, []],
    ['a progress patch', { progress: 40 }, []],
    ['a bad progress patch', { progress: 400 }, ['progress']],
    ['a patch clearing the title', { title: '' }, ['title']],
    ['a patch setting the title to null', { title: null }, ['title']],
    ['a patch removing the lead', { leadDepartmentId: null }, ['leadDepartmentId']],
  ])('partial: %s → %j', (_case, patch, fields) => {
    expect(fieldsOf(patch, true)).toEqual(fields);
  });
});
