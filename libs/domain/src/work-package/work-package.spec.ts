import {
  DEADLINE_CATEGORIES,
  DEADLINE_CATEGORY_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  WORK_PACKAGE_STATUSES,
  WORK_PACKAGE_STATUS_LABELS,
  isDeadlineCategory,
  isOpenStatus,
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
    ['open_overdue', 'đang thực hiện quá hạn'],
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
