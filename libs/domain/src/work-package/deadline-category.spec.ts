import { DomainError } from '../errors/domain-error';
import { CategorizablePackage, categorize, categoryAt, countByCategory, dueSoon } from './deadline-category';
import { DeadlineCategory, WorkPackageStatus } from './work-package';

const p = (status: WorkPackageStatus, dueDate: string | null, completedOn: string | null = null): CategorizablePackage => ({ status, dueDate, completedOn });

describe('categorize', () => {
  it.each<[string, CategorizablePackage, string, DeadlineCategory]>([
    ['cancelled beats everything, even overdue', p('cancelled', '2026-01-01'), '2026-12-31', 'cancelled'],
    ['cancelled without a deadline', p('cancelled', null), '2026-12-31', 'cancelled'],
    ['done on the due date', p('done', '2026-12-31', '2026-12-31'), '2027-03-01', 'done_on_time'],
    ['done before the due date', p('done', '2026-12-31', '2026-06-30'), '2026-07-01', 'done_on_time'],
    ['done a day late', p('done', '2026-12-31', '2027-01-01'), '2027-01-05', 'done_late'],
    ['done late stays late whatever asOf', p('done', '2026-12-31', '2027-01-01'), '2026-01-01', 'done_late'],
    ['done with no deadline', p('done', null, '2026-05-05'), '2026-12-31', 'done_on_time'],
    ['done with no recorded completion date', p('done', '2026-12-31', null), '2027-06-01', 'done_on_time'],
    ['standing duty in progress', p('in_progress', null), '2026-12-31', 'no_deadline'],
    ['standing duty not started', p('not_started', null), '2026-12-31', 'no_deadline'],
    ['in progress, due today', p('in_progress', '2026-12-31'), '2026-12-31', 'open_on_time'],
    ['in progress, due tomorrow', p('in_progress', '2026-12-31'), '2026-12-30', 'open_on_time'],
    ['in progress, a day past due', p('in_progress', '2026-12-31'), '2027-01-01', 'open_overdue'],
    ['blocked past due', p('blocked', '2026-12-31'), '2027-02-01', 'open_overdue'],
    ['blocked on time', p('blocked', '2026-12-31'), '2026-12-01', 'open_on_time'],
    ['submitted past due, not yet approved', p('submitted', '2026-12-31'), '2027-01-02', 'open_overdue'],
    ['submitted on time', p('submitted', '2026-12-31'), '2026-12-31', 'open_on_time'],
    ['not started, not yet due', p('not_started', '2026-12-31'), '2026-12-31', 'not_started'],
    ['not started and past due is overdue', p('not_started', '2026-12-31'), '2027-01-01', 'open_overdue'],
  ])('%s → %s', (_case, pkg, asOf, expected) => {
    expect(categorize(pkg, asOf)).toBe(expected);
  });

  it('refuses an asOf that is not a calendar date', () => {
    expect(() => categorize(p('in_progress', '2026-12-31'), '31/12/2026')).toThrow(DomainError);
  });
});

describe('categoryAt', () => {
  it.each<[string, WorkPackageStatus, DeadlineCategory]>([
    ['2026-12-31T16:59:59.000Z', 'in_progress', 'open_on_time'],
    ['2026-12-31T16:59:59.999Z', 'in_progress', 'open_on_time'],
    ['2026-12-31T17:00:00.000Z', 'in_progress', 'open_overdue'],
    ['2027-01-01T00:00:00+07:00', 'in_progress', 'open_overdue'],
    ['2026-12-31T12:00:00-05:00', 'in_progress', 'open_overdue'],
    ['2026-12-30T17:00:00.000Z', 'not_started', 'not_started'],
    ['2026-12-31T17:00:00.000Z', 'not_started', 'open_overdue'],
  ])('at %s a %s package due 2026-12-31 is %s', (instant, status, expected) => {
    expect(categoryAt(p(status, '2026-12-31'), new Date(instant))).toBe(expected);
  });
});

describe('dueSoon', () => {
  it.each<[string, CategorizablePackage, string, number | undefined, boolean]>([
    ['due today', p('in_progress', '2026-12-31'), '2026-12-31', undefined, true],
    ['due in 3 days', p('in_progress', '2026-12-31'), '2026-12-28', undefined, true],
    ['due in 4 days', p('in_progress', '2026-12-31'), '2026-12-27', undefined, false],
    ['due in 4 days with a 7-day horizon', p('in_progress', '2026-12-31'), '2026-12-27', 7, true],
    ['due today with a 0-day horizon', p('blocked', '2026-12-31'), '2026-12-31', 0, true],
    ['not started, due tomorrow', p('not_started', '2026-12-31'), '2026-12-30', undefined, true],
    ['already overdue (red, not orange)', p('in_progress', '2026-12-31'), '2027-01-01', undefined, false],
    ['done', p('done', '2026-12-31', '2026-12-30'), '2026-12-30', undefined, false],
    ['cancelled', p('cancelled', '2026-12-31'), '2026-12-30', undefined, false],
    ['no deadline', p('in_progress', null), '2026-12-30', undefined, false],
  ])('%s → %p', (_case, pkg, asOf, days, expected) => {
    expect(dueSoon(pkg, asOf, days)).toBe(expected);
  });
});

describe('countByCategory', () => {
  it('counts every category, zeros included', () => {
    const counts = countByCategory(
      [p('in_progress', '2026-12-31'), p('in_progress', '2026-01-01'), p('done', '2026-12-31', '2026-12-01'), p('cancelled', null)],
      '2026-06-30',
    );
    expect(counts).toEqual({ done_on_time: 1, done_late: 0, open_on_time: 1, open_overdue: 1, not_started: 0, no_deadline: 0, cancelled: 1 });
  });
});
