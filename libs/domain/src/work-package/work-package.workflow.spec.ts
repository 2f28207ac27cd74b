import { Actor } from '../access';
import { DomainError } from '../errors/domain-error';
import { WORK_PACKAGE_STATUSES, WorkPackageStatus } from './work-package';
import { TransitionFacts, WORK_PACKAGE_TRANSITIONS, allowedTransitions, assertTransition, findTransition } from './work-package.workflow';

const LEAD = 'dept-tai-chinh';
const ubnd: Actor = { id: 'u1', role: 'ubnd', departmentId: null };
const lead: Actor = { id: 'u2', role: 'department', departmentId: LEAD };
const other: Actor = { id: 'u3', role: 'department', departmentId: 'dept-du-lich' };
const orphan: Actor = { id: 'u4', role: 'department', departmentId: null };
const hdnd: Actor = { id: 'u5', role: 'hdnd', departmentId: null };
const admin: Actor = { id: 'u6', role: 'admin', departmentId: null };

const pkg = (status: WorkPackageStatus) => ({ status, leadDepartmentId: LEAD });

const errorOf = (run: () => unknown): DomainError | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
};

const FULL_INPUT: TransitionFacts = {
  reason: 'Chờ bố trí vốn',
  report: { summary: 'Đã hoàn thành', attachmentIds: ['a1'], onBehalf: { reason: 'Sở gửi báo cáo bằng văn bản giấy' } },
  reportSubmittedAt: new Date('2026-12-31T16:30:00Z'),
};

describe('allowedTransitions', () => {
  it.each<[string, Actor, WorkPackageStatus, WorkPackageStatus[]]>([
    ['lead', lead, 'not_started', ['in_progress']],
    ['lead', lead, 'in_progress', ['blocked', 'submitted']],
    ['lead', lead, 'blocked', ['in_progress']],
    ['lead', lead, 'submitted', []],
    ['lead', lead, 'done', []],
    ['lead', lead, 'cancelled', []],
    ['ubnd', ubnd, 'not_started', ['in_progress', 'cancelled']],
    ['ubnd', ubnd, 'in_progress', ['blocked', 'submitted', 'cancelled']],
    ['ubnd', ubnd, 'blocked', ['in_progress', 'cancelled']],
    ['ubnd', ubnd, 'submitted', ['done', 'in_progress', 'cancelled']],
    ['ubnd', ubnd, 'done', ['in_progress']],
    ['ubnd', ubnd, 'cancelled', []],
    ['another department', other, 'in_progress', []],
    ['a department user without a department', orphan, 'in_progress', []],
    ['hdnd', hdnd, 'in_progress', []],
    ['admin', admin, 'submitted', []],
  ])('%s on a %s package may move it to %j', (_who, actor, status, expected) => {
    expect(allowedTransitions(actor, pkg(status))).toEqual(expected);
  });

  it('agrees with assertTransition for every actor, status and target', () => {
    for (const actor of [ubnd, lead, other, orphan, hdnd, admin]) {
      for (const from of WORK_PACKAGE_STATUSES) {
        const allowed = allowedTransitions(actor, pkg(from));
        for (const to of WORK_PACKAGE_STATUSES) {
          expect([actor.id, from, to, errorOf(() => assertTransition(actor, pkg(from), to, FULL_INPUT)) === undefined]).toEqual([
            actor.id,
            from,
            to,
            allowed.includes(to),
          ]);
        }
      }
    }
  });
});

describe('assertTransition', () => {
  it.each<[string, Actor, WorkPackageStatus, WorkPackageStatus, TransitionFacts, string]>([
    ['hdnd moves nothing', hdnd, 'not_started', 'in_progress', {}, 'FORBIDDEN'],
    ['admin moves nothing', admin, 'submitted', 'done', {}, 'FORBIDDEN'],
    ['a non-lead department', other, 'not_started', 'in_progress', {}, 'FORBIDDEN'],
    ['a non-lead department, even on an impossible move', other, 'done', 'blocked', {}, 'FORBIDDEN'],
    ['a department user with no department', orphan, 'not_started', 'in_progress', {}, 'FORBIDDEN'],
    ['the lead approving its own report', lead, 'submitted', 'done', FULL_INPUT, 'FORBIDDEN'],
    ['the lead returning a report', lead, 'submitted', 'in_progress', FULL_INPUT, 'FORBIDDEN'],
    ['the lead cancelling', lead, 'in_progress', 'cancelled', FULL_INPUT, 'FORBIDDEN'],
    ['the lead reopening', lead, 'done', 'in_progress', FULL_INPUT, 'FORBIDDEN'],
    ['skipping to submitted', lead, 'not_started', 'submitted', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['skipping to done', ubnd, 'in_progress', 'done', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['blocking before starting', ubnd, 'not_started', 'blocked', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['submitting while blocked', lead, 'blocked', 'submitted', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['cancelling a done package', ubnd, 'done', 'cancelled', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['reviving a cancelled package', ubnd, 'cancelled', 'in_progress', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['staying where it is', lead, 'in_progress', 'in_progress', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['going back to not started', ubnd, 'in_progress', 'not_started', FULL_INPUT, 'TRANSITION_NOT_ALLOWED'],
    ['blocking without the obstacle', lead, 'in_progress', 'blocked', {}, 'VALIDATION_FAILED'],
    ['blocking with a blank obstacle', lead, 'in_progress', 'blocked', { reason: '   ' }, 'VALIDATION_FAILED'],
    ['blocking with an obstacle too long', lead, 'in_progress', 'blocked', { reason: 'x'.repeat(2001) }, 'VALIDATION_FAILED'],
    ['submitting without a report', lead, 'in_progress', 'submitted', { reason: 'done' }, 'VALIDATION_FAILED'],
    ['submitting an empty summary', lead, 'in_progress', 'submitted', { report: { summary: ' ' } }, 'VALIDATION_FAILED'],
    ['returning without a reason', ubnd, 'submitted', 'in_progress', {}, 'VALIDATION_FAILED'],
    ['cancelling without a reason', ubnd, 'not_started', 'cancelled', {}, 'VALIDATION_FAILED'],
    ['reopening without a reason', ubnd, 'done', 'in_progress', {}, 'VALIDATION_FAILED'],
    ['approving without the submission time', ubnd, 'submitted', 'done', {}, 'VALIDATION_FAILED'],
    ['approving with an invalid submission time', ubnd, 'submitted', 'done', { reportSubmittedAt: new Date('x') }, 'VALIDATION_FAILED'],
    ['moving to an unknown status', ubnd, 'in_progress', 'finished' as WorkPackageStatus, FULL_INPUT, 'VALIDATION_FAILED'],
  ])('refuses %s', (_case, actor, from, to, input, code) => {
    expect(errorOf(() => assertTransition(actor, pkg(from), to, input))).toMatchObject({ code });
  });

  it.each<[string, WorkPackageStatus, WorkPackageStatus, TransitionFacts, string]>([
    ['obstacle', 'in_progress', 'blocked', {}, 'reason'],
    ['report', 'in_progress', 'submitted', {}, 'report.summary'],
    ['return reason', 'submitted', 'in_progress', {}, 'reason'],
    ['cancel reason', 'blocked', 'cancelled', {}, 'reason'],
    ['reopen reason', 'done', 'in_progress', {}, 'reason'],
  ])('names the missing %s field', (_what, from, to, input, field) => {
    expect(errorOf(() => assertTransition(ubnd, pkg(from), to, input))?.details).toEqual([{ field, message: expect.any(String), rule: 'required' }]);
  });

  it('explains a refusal in words', () => {
    expect(errorOf(() => assertTransition(other, pkg('in_progress'), 'blocked', FULL_INPUT))?.message).toBe(
      'Only the lead department or the UBND office can move this package',
    );
    expect(errorOf(() => assertTransition(lead, pkg('submitted'), 'done', FULL_INPUT))?.message).toBe('Only the UBND office can approve this package');
    expect(errorOf(() => assertTransition(ubnd, pkg('cancelled'), 'in_progress', FULL_INPUT))?.message).toBe(
      'A package that is cancelled cannot be moved to in progress',
    );
  });

  it.each<[string, Actor, WorkPackageStatus, WorkPackageStatus, TransitionFacts, object]>([
    ['lead starts', lead, 'not_started', 'in_progress', {}, { action: 'start', set: { status: 'in_progress' }, reason: null, report: null }],
    ['lead blocks', lead, 'in_progress', 'blocked', { reason: '  Chờ vốn  ' }, { action: 'block', set: { status: 'blocked' }, reason: 'Chờ vốn' }],
    ['lead unblocks', lead, 'blocked', 'in_progress', {}, { action: 'unblock', set: { status: 'in_progress' } }],
    [
      'lead submits, progress untouched',
      lead,
      'in_progress',
      'submitted',
      { report: { summary: ' Xong ', attachmentIds: ['a1', 'a1', 'a2'] } },
      { action: 'submit', set: { status: 'submitted' }, report: { summary: 'Xong', attachmentIds: ['a1', 'a2'] } },
    ],
    ['lead submits without evidence where the plan relaxes it', lead, 'in_progress', 'submitted', { report: { summary: 'Xong' }, evidenceRequired: false }, { report: { summary: 'Xong', attachmentIds: [], onBehalf: null } }],
    [
      'ubnd reports for the lead department, saying whose report and why',
      ubnd,
      'in_progress',
      'submitted',
      { report: { summary: 'Xong', attachmentIds: ['a1'], onBehalf: { reason: ' Sở gửi văn bản giấy ', reporterName: ' Ông Nguyễn Văn A ' } } },
      { report: { summary: 'Xong', attachmentIds: ['a1'], onBehalf: { departmentId: LEAD, reporterName: 'Ông Nguyễn Văn A', reason: 'Sở gửi văn bản giấy' } } },
    ],
    ['another ubnd officer approves a report filed on behalf', ubnd, 'submitted', 'done', { ...FULL_INPUT, reportSubmittedBy: 'someone-else' }, { action: 'approve', set: { progress: 100 } }],
    [
      'ubnd approves: completed on the Hà Nội date of submission',
      ubnd,
      'submitted',
      'done',
      { reportSubmittedAt: new Date('2026-12-31T16:59:59Z') },
      { action: 'approve', set: { status: 'done', progress: 100, completedOn: '2026-12-31' } },
    ],
    [
      'ubnd approves a report sent just after midnight in Hà Nội',
      ubnd,
      'submitted',
      'done',
      { reportSubmittedAt: new Date('2026-12-31T17:00:00Z') },
      { set: { status: 'done', progress: 100, completedOn: '2027-01-01' } },
    ],
    ['ubnd returns', ubnd, 'submitted', 'in_progress', { reason: 'Thiếu minh chứng' }, { action: 'return', set: { status: 'in_progress' }, reason: 'Thiếu minh chứng' }],
    ['ubnd cancels a submitted package', ubnd, 'submitted', 'cancelled', { reason: 'Trùng' }, { action: 'cancel', set: { status: 'cancelled' } }],
    ['ubnd reopens', ubnd, 'done', 'in_progress', { reason: 'Sai số liệu' }, { action: 'reopen', set: { status: 'in_progress', completedOn: null } }],
    ['ubnd starts on behalf of the department', ubnd, 'not_started', 'in_progress', {}, { action: 'start' }],
    ['an optional note is kept', lead, 'blocked', 'in_progress', { reason: ' Đã có vốn ' }, { action: 'unblock', reason: 'Đã có vốn' }],
    ['a blank optional note is dropped', ubnd, 'submitted', 'done', { reason: ' ', reportSubmittedAt: new Date('2026-06-01T03:00:00Z') }, { reason: null }],
  ])('%s', (_case, actor, from, to, input, effect) => {
    expect(assertTransition(actor, pkg(from), to, input)).toMatchObject({ from, to, ...effect });
  });

  it.each<[string, Actor, TransitionFacts, string, string]>([
    ['a submit without evidence', lead, { report: { summary: 'Xong' } }, 'EVIDENCE_REQUIRED', 'report.attachmentIds'],
    ['a submit with an empty evidence list', lead, { report: { summary: 'Xong', attachmentIds: [] }, evidenceRequired: true }, 'EVIDENCE_REQUIRED', 'report.attachmentIds'],
    ['the office reporting for the department without saying why', ubnd, { report: { summary: 'Xong', attachmentIds: ['a1'] } }, 'VALIDATION_FAILED', 'report.onBehalf.reason'],
    ['the office reporting with a blank reason', ubnd, { report: { summary: 'Xong', attachmentIds: ['a1'], onBehalf: { reason: '  ' } } }, 'VALIDATION_FAILED', 'report.onBehalf.reason'],
  ])('refuses %s', (_case, actor, input, code, field) => {
    expect(errorOf(() => assertTransition(actor, pkg('in_progress'), 'submitted', input))).toMatchObject({ code, details: [expect.objectContaining({ field })] });
  });

  it('refuses the approval of a report by the person who filed it, and does not offer it', () => {
    const facts = { ...FULL_INPUT, reportSubmittedBy: ubnd.id };
    expect(errorOf(() => assertTransition(ubnd, pkg('submitted'), 'done', facts))).toMatchObject({ code: 'OWN_REPORT_APPROVAL' });
    expect(allowedTransitions(ubnd, pkg('submitted'), { reportSubmittedBy: ubnd.id })).toEqual(['in_progress', 'cancelled']);
    expect(allowedTransitions(ubnd, pkg('submitted'), { reportSubmittedBy: 'someone-else' })).toEqual(['done', 'in_progress', 'cancelled']);
  });

  it('submit does not force progress and reopen does not reset it', () => {
    expect(assertTransition(lead, pkg('in_progress'), 'submitted', FULL_INPUT).set).toEqual({ status: 'submitted' });
    expect(assertTransition(ubnd, pkg('done'), 'in_progress', FULL_INPUT).set).toEqual({ status: 'in_progress', completedOn: null });
  });
});

describe('WORK_PACKAGE_TRANSITIONS', () => {
  it('has exactly one rule per pair of statuses', () => {
    const pairs = WORK_PACKAGE_TRANSITIONS.map((rule) => `${rule.from}>${rule.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it.each<[WorkPackageStatus, WorkPackageStatus, string | null]>([
    ['in_progress', 'blocked', 'reason'],
    ['in_progress', 'submitted', 'report'],
    ['submitted', 'done', null],
    ['done', 'cancelled', null],
  ])('%s → %s requires %p', (from, to, requires) => {
    expect(findTransition(from, to)?.requires ?? null).toBe(requires);
  });
});
