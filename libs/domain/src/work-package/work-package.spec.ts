import {
  DEADLINE_CATEGORIES,
  DEADLINE_CATEGORY_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  WORK_PACKAGE_STATUSES,
  WORK_PACKAGE_STATUS_LABELS,
  isDeadlineCategory,
  isOpenStatus,
  changesReminders,
  isPriority,
  isWorkPackageStatus,
} from './work-package';

describe('work package vocabularies', () => {
  it.each([
    ['not_started', 'Chưa bắt đầu', 'Not started'],
    ['in_progress', 'Đang thực hiện', 'In progress'],
    ['blocked', 'Vướng mắc', 'Blocked'],
    ['submitted', 'Chờ duyệt hoàn thành', 'Awaiting approval'],
    ['done', 'Hoàn thành', 'Done'],
    ['cancelled', 'Đã hủy', 'Cancelled'],
  ] as const)('status %s reads "%s" / "%s"', (status, vi, en) => {
    expect(WORK_PACKAGE_STATUS_LABELS[status]).toEqual({ vi, en });
  });

  it.each([
    ['done_on_time', 'hoàn thành đúng hạn'],
    ['done_late', 'hoàn thành quá hạn'],
    ['open_on_time', 'đang thực hiện trong hạn'],
    ['open_overdue', 'chưa hoàn thành, quá hạn'],
    ['not_started', 'chưa thực hiện'],
    ['no_deadline', 'không thời hạn'],
    ['cancelled', 'đã hủy'],
  ] as const)('category %s reads "%s" in Vietnamese', (category, vi) => {
    expect(DEADLINE_CATEGORY_LABELS[category].vi.toLocaleLowerCase('vi')).toBe(vi);
    expect(DEADLINE_CATEGORY_LABELS[category].en.length).toBeGreaterThan(0);
  });

  it('labels every status, category and priority and nothing else', () => {
    expect(Object.keys(WORK_PACKAGE_STATUS_LABELS)).toEqual([...WORK_PACKAGE_STATUSES]);
    expect(Object.keys(DEADLINE_CATEGORY_LABELS)).toEqual([...DEADLINE_CATEGORIES]);
    expect(Object.keys(PRIORITY_LABELS)).toEqual([...PRIORITIES]);
  });

  it.each([
    ['not_started', true],
    ['in_progress', true],
    ['blocked', true],
    ['submitted', true],
    ['done', false],
    ['cancelled', false],
  ] as const)('%s is open: %p', (status, open) => {
    expect(isOpenStatus(status)).toBe(open);
  });

  it.each([
    ['a new package', null, { status: 'not_started', dueDate: null }, true],
    ['a moved due date', { status: 'in_progress', dueDate: '2026-06-30' }, { status: 'in_progress', dueDate: '2026-07-31' }, true],
    ['a due date removed', { status: 'in_progress', dueDate: '2026-06-30' }, { status: 'in_progress', dueDate: null }, true],
    ['a package finished', { status: 'submitted', dueDate: '2026-06-30' }, { status: 'done', dueDate: '2026-06-30' }, true],
    ['a package reopened', { status: 'cancelled', dueDate: '2026-06-30' }, { status: 'in_progress', dueDate: '2026-06-30' }, true],
    ['a move between open statuses', { status: 'in_progress', dueDate: '2026-06-30' }, { status: 'blocked', dueDate: '2026-06-30' }, false],
    ['a move between closed statuses', { status: 'done', dueDate: '2026-06-30' }, { status: 'cancelled', dueDate: '2026-06-30' }, false],
  ] as const)('%s changes reminders: %p', (_, before, after, expected) => {
    expect(changesReminders(before, after)).toBe(expected);
  });

  it.each([
    [isWorkPackageStatus, 'blocked', true],
    [isWorkPackageStatus, 'Blocked', false],
    [isDeadlineCategory, 'open_overdue', true],
    [isDeadlineCategory, 'overdue', false],
    [isPriority, 'urgent', true],
    [isPriority, 3, false],
  ] as const)('%p(%p) → %p', (guard, value, expected) => {
    expect(guard(value)).toBe(expected);
  });
});
