import { CalendarDate } from '../calendar';

type Labels = { readonly vi: string; readonly en: string };

export const WORK_PACKAGE_STATUSES = ['not_started', 'in_progress', 'blocked', 'submitted', 'done', 'cancelled'] as const;
export type WorkPackageStatus = (typeof WORK_PACKAGE_STATUSES)[number];

export const isWorkPackageStatus = (value: unknown): value is WorkPackageStatus =>
  typeof value === 'string' && (WORK_PACKAGE_STATUSES as readonly string[]).includes(value);

/** Still someone's work: counted as open (on time or overdue) in the reporting categories. */
export const OPEN_WORK_PACKAGE_STATUSES = ['not_started', 'in_progress', 'blocked', 'submitted'] as const satisfies readonly WorkPackageStatus[];

/** Finished or called off: no longer anyone's work. With the open statuses, every status exactly once (a spec checks). */
export const CLOSED_WORK_PACKAGE_STATUSES = ['done', 'cancelled'] as const satisfies readonly WorkPackageStatus[];

/** The one open/closed rule; the SQL mirror is `openStatusSql`, held to it by an agreement test on a real Postgres. */
export const isOpenStatus = (status: WorkPackageStatus): boolean => (OPEN_WORK_PACKAGE_STATUSES as readonly string[]).includes(status);

export const WORK_PACKAGE_STATUS_LABELS: Readonly<Record<WorkPackageStatus, Labels>> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  blocked: { vi: 'Vướng mắc', en: 'Blocked' },
  submitted: { vi: 'Chờ duyệt hoàn thành', en: 'Awaiting approval' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** The government reporting categories, in the order report tables list them. */
export const DEADLINE_CATEGORIES = ['done_on_time', 'done_late', 'open_on_time', 'open_overdue', 'not_started', 'no_deadline', 'cancelled'] as const;
export type DeadlineCategory = (typeof DEADLINE_CATEGORIES)[number];

export const isDeadlineCategory = (value: unknown): value is DeadlineCategory =>
  typeof value === 'string' && (DEADLINE_CATEGORIES as readonly string[]).includes(value);

export const DEADLINE_CATEGORY_LABELS: Readonly<Record<DeadlineCategory, Labels>> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  open_on_time: { vi: 'Đang thực hiện trong hạn', en: 'In progress, on time' },
  open_overdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not completed, overdue' },
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  no_deadline: { vi: 'Không thời hạn', en: 'No deadline' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const isPriority = (value: unknown): value is Priority => typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);

export const PRIORITY_LABELS: Readonly<Record<Priority, Labels>> = {
  low: { vi: 'Thấp', en: 'Low' },
  normal: { vi: 'Bình thường', en: 'Normal' },
  high: { vi: 'Cao', en: 'High' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
};

/** The same comparators the plan parser gives indicator targets (contracts/plan-parse.md). */
export const WORK_PACKAGE_TARGET_COMPARATORS = ['gt', 'gte', 'lt', 'lte', 'between', 'approx', 'qualitative'] as const;
export type WorkPackageTargetComparator = (typeof WORK_PACKAGE_TARGET_COMPARATORS)[number];

/** A quantitative target such as "22 million visitors"; `value` is null only for `qualitative`, `max` only set for `between`. */
export interface WorkPackageTarget {
  comparator: WorkPackageTargetComparator;
  value: number | null;
  max: number | null;
  unit: string | null;
  label: string | null;
}

/** A work package (nhiệm vụ) as the API returns it. */
export interface WorkPackage {
  id: string;
  planId: string | null;
  /** The source item's ref, e.g. `3.1.a`. */
  itemRef: string | null;
  parentId: string | null;
  title: string;
  description: string;
  /** The sentence of the resolution the package was broken down from. */
  sourceText: string | null;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  assigneeIds: string[];
  startDate: CalendarDate | null;
  /** The due date in force (after any approved extension). */
  dueDate: CalendarDate | null;
  /** The first due date, set once when an extension is approved; reports show both. */
  originalDueDate: CalendarDate | null;
  expectedOutput: string | null;
  status: WorkPackageStatus;
  /** 0–100, whole numbers. */
  progress: number;
  priority: Priority;
  target: WorkPackageTarget | null;
  /** The plan indicator this package serves, if it names one. */
  indicatorId: string | null;
  /** The Hà Nội date the approved completion report was submitted; null unless done. */
  completedOn: CalendarDate | null;
  /** Computed as of the request's `asOf` (default: today in Hà Nội), never stored as chosen. */
  category: DeadlineCategory;
  /** Optimistic-locking version; PATCH with a stale one is a 409. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Whether a write changes which reminders are due, so it must leave an outbox row: a new package, a moved due
 * date, or a package closed (done, cancelled) or reopened. The one place this is decided.
 */
export const changesReminders = (before: Pick<WorkPackage, 'status' | 'dueDate'> | null, after: Pick<WorkPackage, 'status' | 'dueDate'>): boolean =>
  before === null || before.dueDate !== after.dueDate || isOpenStatus(before.status) !== isOpenStatus(after.status);
