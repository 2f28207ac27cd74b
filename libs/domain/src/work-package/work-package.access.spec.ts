import { Actor } from '../access';
import { DomainError } from '../errors/domain-error';
import { WorkPackageStatus } from './work-package';
import {
  DEPARTMENT_EDITABLE_FIELDS,
  WORK_PACKAGE_EDITABLE_FIELDS,
  assertCanCommentOnWorkPackage,
  assertCanEditFields,
  assertCanEditWorkPackage,
  assertCanFileProgressReport,
  canCommentOnWorkPackage,
  canEditWorkPackage,
  canFileProgressReport,
  editableFieldsFor,
} from './work-package.access';

const ubnd: Actor = { id: 'u1', role: 'ubnd', departmentId: null };
const lead: Actor = { id: 'u2', role: 'department', departmentId: 'tc' };
const cooperating: Actor = { id: 'u3', role: 'department', departmentId: 'dl' };
const unrelated: Actor = { id: 'u4', role: 'department', departmentId: 'gd' };
const orphan: Actor = { id: 'u5', role: 'department', departmentId: null };
const hdnd: Actor = { id: 'u6', role: 'hdnd', departmentId: null };
const admin: Actor = { id: 'u7', role: 'admin', departmentId: null };

const pkg = (status: WorkPackageStatus = 'in_progress') => ({ status, leadDepartmentId: 'tc', cooperatingDepartmentIds: ['dl'] });

const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
};

describe('work package access', () => {
  // Reading records (reports, comments, history, evidence) is need-to-know: access/need-to-know.spec.ts.
  it.each<[string, Actor, boolean, boolean, boolean]>([
    // who, actor, edit, comment, progress report
    ['ubnd', ubnd, true, true, true],
    ['the lead department', lead, true, true, true],
    ['a co-operating department', cooperating, false, true, false],
    ['an unrelated department', unrelated, false, false, false],
    ['a department user without a department', orphan, false, false, false],
    ['hdnd', hdnd, false, false, false],
    ['admin', admin, false, false, false],
  ])('%s: edit %p, comment %p, file a progress report %p', (_who, actor, edit, comment, report) => {
    const target = pkg();
    expect(canEditWorkPackage(actor, target)).toBe(edit);
    expect(canCommentOnWorkPackage(actor, target)).toBe(comment);
    expect(canFileProgressReport(actor, target)).toBe(report);
    expect(codeOf(() => assertCanEditWorkPackage(actor, target))).toBe(edit ? null : 'FORBIDDEN');
    expect(codeOf(() => assertCanCommentOnWorkPackage(actor, target))).toBe(comment ? null : 'FORBIDDEN');
    expect(codeOf(() => assertCanFileProgressReport(actor, target))).toBe(report ? null : 'FORBIDDEN');
  });

  it.each<[WorkPackageStatus, boolean, boolean]>([
    ['not_started', true, true],
    ['in_progress', true, true],
    ['blocked', true, true],
    ['submitted', false, true],
    ['done', false, true],
    ['cancelled', false, true],
  ])('a %s package: the lead may edit %p, ubnd %p', (status, leadMay, ubndMay) => {
    expect(canEditWorkPackage(lead, pkg(status))).toBe(leadMay);
    expect(canEditWorkPackage(ubnd, pkg(status))).toBe(ubndMay);
  });

  it.each<[string, Actor, WorkPackageStatus, readonly string[]]>([
    ['ubnd', ubnd, 'in_progress', WORK_PACKAGE_EDITABLE_FIELDS],
    ['ubnd on a done package', ubnd, 'done', WORK_PACKAGE_EDITABLE_FIELDS],
    ['the lead', lead, 'in_progress', ['progress', 'expectedOutput']],
    ['the lead on a submitted package', lead, 'submitted', []],
    ['a co-operating department', cooperating, 'in_progress', []],
    ['hdnd', hdnd, 'in_progress', []],
    ['admin', admin, 'in_progress', []],
  ])('%s may edit %j', (_who, actor, status, fields) => {
    expect(editableFieldsFor(actor, pkg(status))).toEqual(fields);
  });

  it('lets a department change only progress and expected output', () => {
    expect(DEPARTMENT_EDITABLE_FIELDS).toEqual(['progress', 'expectedOutput']);
  });

  it.each<[string, Actor, WorkPackageStatus, string[], string | null]>([
    ['the lead updating progress', lead, 'in_progress', ['progress', 'version'], null],
    ['the lead updating expected output', lead, 'blocked', ['expectedOutput'], null],
    ['the lead moving the deadline', lead, 'in_progress', ['progress', 'dueDate'], 'FORBIDDEN'],
    ['the lead renaming', lead, 'in_progress', ['title'], 'FORBIDDEN'],
    ['the lead editing a submitted package', lead, 'submitted', ['progress'], 'FORBIDDEN'],
    ['a co-operating department', cooperating, 'in_progress', ['progress'], 'FORBIDDEN'],
    ['hdnd', hdnd, 'in_progress', ['progress'], 'FORBIDDEN'],
    ['ubnd changing scope and dates', ubnd, 'in_progress', ['title', 'leadDepartmentId', 'dueDate', 'target'], null],
    ['ubnd setting status by PATCH', ubnd, 'in_progress', ['status'], 'VALIDATION_FAILED'],
    ['ubnd setting completedOn', ubnd, 'done', ['completedOn'], 'VALIDATION_FAILED'],
    ['the lead setting originalDueDate', lead, 'in_progress', ['originalDueDate'], 'VALIDATION_FAILED'],
  ])('%s: %j → %p', (_case, actor, status, fields, code) => {
    expect(codeOf(() => assertCanEditFields(actor, pkg(status), fields))).toBe(code);
  });

  it('names the refused fields', () => {
    try {
      assertCanEditFields(lead, pkg(), ['progress', 'dueDate', 'title']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'dueDate' }, { field: 'title' }] });
      expect((error as Error).message).toContain('dueDate, title');
    }
  });

  it('tells an HĐND member to raise a supervision request instead', () => {
    expect(() => assertCanCommentOnWorkPackage(hdnd, pkg())).toThrow(/supervision request/);
  });
});
