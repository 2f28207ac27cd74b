import type { CalendarDate } from '../calendar';
import type { DeadlineCategory, WorkPackageStatus } from './work-package';
import type { CompletionReportInput, OnBehalfRecord } from './work-package.workflow';

/** A comment on a package as the API returns it; `authorName` is the author's display name. */
export interface WorkPackageComment {
  id: string;
  workPackageId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/** An evidence file; download it from `url` (same origin, bearer token). */
export interface Attachment {
  id: string;
  workPackageId: string;
  progressReportId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
  url: string;
}

export interface ProgressReport {
  id: string;
  workPackageId: string;
  authorId: string;
  authorName: string;
  progress: number;
  summary: string;
  isCompletion: boolean;
  /** Set when the UBND office filed this report for the lead department: whose report it is and why. */
  onBehalf: OnBehalfRecord | null;
  submittedAt: string;
  attachments: Attachment[];
}

/** The body of `POST /work-packages/:id/transitions`. */
export interface TransitionInput {
  to: WorkPackageStatus;
  reason?: string;
  /** Required to submit; the workflow names `report.summary` when it is missing. */
  report?: Partial<CompletionReportInput>;
  /** Optional lock: when sent, a stale version is a 409 as for an edit. */
  version?: number;
}

/** How `GET /board` groups its columns. */
export const BOARD_GROUPINGS = ['status', 'department', 'item'] as const;
export type BoardGrouping = (typeof BOARD_GROUPINGS)[number];

/** Swimlanes of a status board: each lane holds the status columns of its own packages. */
export const BOARD_LANES = ['department', 'item'] as const;
export type BoardLanes = (typeof BOARD_LANES)[number];

/** The column or lane key of packages without a source item, on boards grouped or split by item. */
export const BOARD_NO_ITEM_KEY = 'none';

/** The query of `GET /board`. */
export interface BoardQuery {
  /** Required for `groupBy=item` or `lanes=item` (item refs are per plan). */
  planId?: string;
  groupBy?: BoardGrouping;
  /** Only with `groupBy=status`. */
  lanes?: BoardLanes;
  /** The lead department. */
  departmentId?: string;
  category?: DeadlineCategory;
  q?: string;
  asOf?: CalendarDate;
  /** Cards per column (the count stays the true one); `all`: every card of the selection in one response. */
  cardLimit?: number | 'all';
}

/** A compact card: what the board draws and what a drag needs (version for the transition). */
export interface BoardCard {
  id: string;
  title: string;
  status: WorkPackageStatus;
  category: DeadlineCategory;
  dueDate: CalendarDate | null;
  leadDepartmentId: string;
  itemRef: string | null;
  progress: number;
  version: number;
}

/**
 * What a workflow move answers (`POST /api/work-packages/:id/transitions`): the card as it now is, what the contract
 * promises of the package, and the moves that follow for this actor; the package page reads the rest again.
 */
export interface MovedWorkPackage extends BoardCard {
  planId: string | null;
  cooperatingDepartmentIds: string[];
  completedOn: CalendarDate | null;
  allowedTransitions: WorkPackageStatus[];
}

export interface BoardColumn {
  key: string;
  title: string;
  /** Every package of the column that the filters keep, also when `cards` is cut at the per-column limit. */
  count: number;
  cards: BoardCard[];
}

export interface BoardLane {
  key: string;
  title: string;
  columns: BoardColumn[];
}

/** A lead department named once per board, not on every card. */
export interface BoardDepartment {
  id: string;
  name: string;
}

export interface BoardResponse {
  asOf: CalendarDate;
  groupBy: BoardGrouping;
  cardLimit: number | 'all';
  /** The data revision the board was built from (also in its ETag); live updates newer than it change the board. */
  revision: number | null;
  /** The lead departments of the selection's cards, each once. */
  departments: BoardDepartment[];
  /** With `lanes`, the columns summed over every lane; the lanes themselves in catalogue or document order. */
  columns: BoardColumn[];
  lanes: BoardLane[] | null;
}
