import { CalendarDate, DeadlineCategory, WorkPackageStatus } from '@mandate/domain';

/** A compact card: what the board draws and what a drag needs (version for the transition). */
export interface BoardCard {
  id: string;
  title: string;
  status: WorkPackageStatus;
  category: DeadlineCategory;
  dueDate: CalendarDate | null;
  leadDepartmentId: string;
  progress: number;
  version: number;
}

export interface BoardColumn {
  key: string;
  title: string;
  /** Every package of the column, also when `cards` is cut at the per-column limit. */
  count: number;
  cards: BoardCard[];
}

export interface BoardResponse {
  asOf: CalendarDate;
  groupBy: 'status' | 'department' | 'item';
  cardLimit: number;
  columns: BoardColumn[];
}
