import { Actor } from '../access';
import { DomainError } from '../errors/domain-error';
import { WorkPackageStatus } from './work-package';
import { ExtensionRequestInput, assertExtensionRequest, canDecideExtension, canRequestExtension, decideExtension } from './deadline-extension';

const ubnd: Actor = { id: 'u1', role: 'ubnd', departmentId: null };
const lead: Actor = { id: 'u2', role: 'department', departmentId: 'tc' };
const cooperating: Actor = { id: 'u3', role: 'department', departmentId: 'dl' };
const hdnd: Actor = { id: 'u4', role: 'hdnd', departmentId: null };
const admin: Actor = { id: 'u5', role: 'admin', departmentId: null };

const pkg = (over: Partial<{ status: WorkPackageStatus; dueDate: string | null; originalDueDate: string | null }> = {}) => ({
  id: 'wp1',
  status: 'in_progress' as WorkPackageStatus,
  leadDepartmentId: 'tc',
  dueDate: '2026-06-30' as string | null,
  originalDueDate: null as string | null,
  ...over,
});

const input: ExtensionRequestInput = { requestedDueDate: '2026-09-30', reason: '  Chờ phê duyệt vốn bổ sung ' };

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? `${error.code}${error.details.length ? `:${error.details[0].field}` : ''}` : 'not a DomainError';
  }
};

describe('assertExtensionRequest', () => {
  it('drafts a pending request from the lead department', () => {
    expect(assertExtensionRequest(lead, pkg(), [{ status: 'refused' }], input)).toEqual({
      workPackageId: 'wp1',
      currentDueDate: '2026-06-30',
      requestedDueDate: '2026-09-30',
      reason: 'Chờ phê duyệt vốn bổ sung',
      status: 'pending',
    });
  });

  it.each<[string, Actor, ReturnType<typeof pkg>, { status: 'pending' | 'approved' | 'refused' }[], ExtensionRequestInput, string]>([
    ['ubnd (it edits the date itself)', ubnd, pkg(), [], input, 'FORBIDDEN'],
    ['a co-operating department', cooperating, pkg(), [], input, 'FORBIDDEN'],
    ['hdnd', hdnd, pkg(), [], input, 'FORBIDDEN'],
    ['admin', admin, pkg(), [], input, 'FORBIDDEN'],
    ['a done package', lead, pkg({ status: 'done' }), [], input, 'PACKAGE_CLOSED'],
    ['a cancelled package', lead, pkg({ status: 'cancelled' }), [], input, 'PACKAGE_CLOSED'],
    ['a package with no deadline', lead, pkg({ dueDate: null }), [], input, 'PACKAGE_HAS_NO_DEADLINE'],
    ['a second pending request', lead, pkg(), [{ status: 'approved' }, { status: 'pending' }], input, 'EXTENSION_PENDING'],
    ['the same date', lead, pkg(), [], { ...input, requestedDueDate: '2026-06-30' }, 'VALIDATION_FAILED:requestedDueDate'],
    ['an earlier date', lead, pkg(), [], { ...input, requestedDueDate: '2026-06-01' }, 'VALIDATION_FAILED:requestedDueDate'],
    ['an impossible date', lead, pkg(), [], { ...input, requestedDueDate: '2026-09-31' }, 'VALIDATION_FAILED:requestedDueDate'],
    ['no reason', lead, pkg(), [], { ...input, reason: ' ' }, 'VALIDATION_FAILED:reason'],
    ['a reason too long', lead, pkg(), [], { ...input, reason: 'x'.repeat(2001) }, 'VALIDATION_FAILED:reason'],
  ])('refuses %s', (_case, actor, target, pending, request, code) => {
    expect(codeOf(() => assertExtensionRequest(actor, target, pending, request))).toBe(code);
  });

  it('says the current due date in Vietnamese form when the new one is not later', () => {
    expect(() => assertExtensionRequest(lead, pkg(), [], { ...input, requestedDueDate: '2026-06-01' })).toThrow('30/06/2026');
  });
});

describe('decideExtension', () => {
  const pending = { workPackageId: 'wp1', status: 'pending' as const, requestedDueDate: '2026-09-30' };

  it('approves: the new date is in force and the first one kept', () => {
    expect(decideExtension(ubnd, pkg(), pending, { approve: true })).toEqual({
      request: { status: 'approved', decisionNote: null, grantedDueDate: '2026-09-30' },
      packageChanges: { dueDate: '2026-09-30', originalDueDate: '2026-06-30' },
    });
  });

  it('keeps the very first due date through a second extension', () => {
    const extended = pkg({ dueDate: '2026-09-30', originalDueDate: '2026-06-30' });
    expect(decideExtension(ubnd, extended, { ...pending, requestedDueDate: '2026-12-31' }, { approve: true, note: 'Lần cuối' })).toEqual({
      request: { status: 'approved', decisionNote: 'Lần cuối', grantedDueDate: '2026-12-31' },
      packageChanges: { dueDate: '2026-12-31', originalDueDate: '2026-06-30' },
    });
  });

  it('refuses with a note and leaves the package alone', () => {
    expect(decideExtension(ubnd, pkg(), pending, { approve: false, note: ' Không đủ căn cứ ' })).toEqual({
      request: { status: 'refused', decisionNote: 'Không đủ căn cứ', grantedDueDate: null },
      packageChanges: null,
    });
  });

  it('approves with another date the office chooses, later than the current one', () => {
    expect(decideExtension(ubnd, pkg(), pending, { approve: true, dueDate: '2026-08-31' })).toMatchObject({
      request: { status: 'approved', grantedDueDate: '2026-08-31' },
      packageChanges: { dueDate: '2026-08-31', originalDueDate: '2026-06-30' },
    });
  });

  it.each([['2026-06-30'], ['2026-02-30'], ['31/08/2026']])('refuses a granted date %s that is not a later calendar date, naming dueDate', (dueDate) => {
    expect(() => decideExtension(ubnd, pkg(), pending, { approve: true, dueDate })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'dueDate' })] }));
  });

  it('may refuse a request on a package closed since', () => {
    expect(decideExtension(ubnd, pkg({ status: 'done' }), pending, { approve: false, note: 'Đã xong' }).request.status).toBe('refused');
  });

  it.each<[string, Actor, ReturnType<typeof pkg>, typeof pending | { workPackageId: string; status: 'approved' | 'refused' | 'pending'; requestedDueDate: string }, { approve: boolean; note?: string }, string]>([
    ['the lead deciding its own request', lead, pkg(), pending, { approve: true }, 'FORBIDDEN'],
    ['hdnd deciding', hdnd, pkg(), pending, { approve: true }, 'FORBIDDEN'],
    ['admin deciding', admin, pkg(), pending, { approve: true }, 'FORBIDDEN'],
    ['a request already approved', ubnd, pkg(), { ...pending, status: 'approved' }, { approve: true }, 'EXTENSION_ALREADY_DECIDED'],
    ['a request already refused', ubnd, pkg(), { ...pending, status: 'refused' }, { approve: false, note: 'x' }, 'EXTENSION_ALREADY_DECIDED'],
    ['a request of another package', ubnd, pkg(), { ...pending, workPackageId: 'wp2' }, { approve: true }, 'NOT_FOUND'],
    ['refusing without a note', ubnd, pkg(), pending, { approve: false }, 'VALIDATION_FAILED:note'],
    ['approving on a cancelled package', ubnd, pkg({ status: 'cancelled' }), pending, { approve: true }, 'PACKAGE_CLOSED'],
    ['approving a date the office has since passed', ubnd, pkg({ dueDate: '2026-10-31' }), pending, { approve: true }, 'EXTENSION_NOT_LATER'],
  ])('refuses %s', (_case, actor, target, request, decision, code) => {
    expect(codeOf(() => decideExtension(actor, target, request, decision))).toBe(code);
  });
});

describe('extension permissions for the web', () => {
  it.each<[string, Actor, ReturnType<typeof pkg>, boolean, boolean]>([
    ['the lead, open package with a deadline', lead, pkg(), true, false],
    ['the lead, no deadline', lead, pkg({ dueDate: null }), false, false],
    ['the lead, done', lead, pkg({ status: 'done' }), false, false],
    ['a co-operating department', cooperating, pkg(), false, false],
    ['ubnd', ubnd, pkg(), false, true],
    ['hdnd', hdnd, pkg(), false, false],
  ])('%s: request %p, decide %p', (_case, actor, target, request, decide) => {
    expect(canRequestExtension(actor, target)).toBe(request);
    expect(canDecideExtension(actor)).toBe(decide);
  });
});
