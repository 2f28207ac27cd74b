import { Actor } from '../access';
import { WorkPackage } from './work-package';
import { DEPARTMENT_EDITABLE_FIELDS, WORK_PACKAGE_EDITABLE_FIELDS } from './work-package.access';
import { toWorkPackageDetail } from './work-package-detail';

const ubnd: Actor = { id: 'u1', role: 'ubnd', departmentId: null };
const lead: Actor = { id: 'u2', role: 'department', departmentId: 'tc' };
const cooperating: Actor = { id: 'u3', role: 'department', departmentId: 'dl' };
const hdnd: Actor = { id: 'u6', role: 'hdnd', departmentId: null };

const pkg = (overrides: Partial<WorkPackage> = {}): WorkPackage => ({
  id: 'wp1',
  planId: 'p1',
  itemRef: '1',
  parentId: null,
  title: 'Nhiệm vụ',
  description: '',
  sourceText: null,
  leadDepartmentId: 'tc',
  cooperatingDepartmentIds: ['dl'],
  assigneeIds: [],
  startDate: null,
  dueDate: '2026-06-30',
  originalDueDate: null,
  expectedOutput: null,
  status: 'in_progress',
  progress: 10,
  priority: 'normal',
  target: null,
  indicatorId: null,
  completedOn: null,
  category: 'open_on_time',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  ...overrides,
});

describe(toWorkPackageDetail.name, () => {
  it('keeps every field of the package', () => {
    const source = pkg();
    expect(toWorkPackageDetail(ubnd, source)).toMatchObject(source);
  });

  it('gives the office every field and ability except requesting an extension', () => {
    const detail = toWorkPackageDetail(ubnd, pkg());
    expect(detail.allowedTransitions.length).toBeGreaterThan(0);
    expect(detail.abilities).toEqual({
      readRecords: true,
      editableFields: WORK_PACKAGE_EDITABLE_FIELDS,
      comment: true,
      fileReport: true,
      requestExtension: false,
      decideExtension: true,
      ownCompletionReport: false,
    });
  });

  it('lets the lead department edit its own fields, report and ask for more time', () => {
    expect(toWorkPackageDetail(lead, pkg()).abilities).toEqual({
      readRecords: true,
      editableFields: DEPARTMENT_EDITABLE_FIELDS,
      comment: true,
      fileReport: true,
      requestExtension: true,
      decideExtension: false,
      ownCompletionReport: false,
    });
  });

  it('lets a cooperating department only comment', () => {
    const detail = toWorkPackageDetail(cooperating, pkg());
    expect(detail.allowedTransitions).toEqual([]);
    expect(detail.abilities).toEqual({ readRecords: true, editableFields: [], comment: true, fileReport: false, requestExtension: false, decideExtension: false, ownCompletionReport: false });
  });

  it('gives HĐND members nothing to do but read', () => {
    const detail = toWorkPackageDetail(hdnd, pkg());
    expect(detail.allowedTransitions).toEqual([]);
    expect(detail.abilities).toEqual({ readRecords: true, editableFields: [], comment: false, fileReport: false, requestExtension: false, decideExtension: false, ownCompletionReport: false });
  });

  it('keeps an unrelated department to the card: no reports, comments, history or evidence', () => {
    const unrelated: Actor = { id: 'u4', role: 'department', departmentId: 'gd' };
    expect(toWorkPackageDetail(unrelated, pkg()).abilities.readRecords).toBe(false);
  });

  it('offers no extension on a package without a due date', () => {
    expect(toWorkPackageDetail(lead, pkg({ dueDate: null })).abilities.requestExtension).toBe(false);
  });
});
