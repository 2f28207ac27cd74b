import { CalendarDate } from '../calendar';
import { DeadlineCategory } from '../work-package/work-package';

/** kiến nghị giám sát, chất vấn, yêu cầu báo cáo. */
export const SUPERVISION_KINDS = ['kien_nghi', 'chat_van', 'yeu_cau_bao_cao'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const isSupervisionKind = (value: unknown): value is SupervisionKind => typeof value === 'string' && (SUPERVISION_KINDS as readonly string[]).includes(value);

export const SUPERVISION_STATUSES = ['open', 'answered', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
export const isSupervisionStatus = (value: unknown): value is SupervisionStatus => typeof value === 'string' && (SUPERVISION_STATUSES as readonly string[]).includes(value);

export const SUPERVISION_SUBJECT_TYPES = ['plan', 'item', 'work_package', 'indicator', 'department'] as const;
export type SupervisionSubjectType = (typeof SUPERVISION_SUBJECT_TYPES)[number];

/** The timeliness words a request can take: the package categories that apply to something answered or not. */
export type SupervisionCategory = Extract<DeadlineCategory, 'done_on_time' | 'done_late' | 'open_on_time' | 'open_overdue' | 'cancelled'>;

/** Entries of a request's thread: the request itself, each answer, each "asked for more" and the closing. */
export const SUPERVISION_MESSAGE_TYPES = ['request', 'response', 'reopen', 'close'] as const;
export type SupervisionMessageType = (typeof SUPERVISION_MESSAGE_TYPES)[number];

export interface SupervisionSubject {
  type: SupervisionSubjectType;
  id: string;
  /** What the subject is called (package title, indicator name, item label, plan number, department name). */
  title: string;
}

export interface SupervisionAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface SupervisionMessage {
  id: string;
  type: SupervisionMessageType;
  round: number;
  content: string;
  /** The response deadline set by this entry (the request and each reopening). */
  dueDate: CalendarDate | null;
  authorId: string;
  authorName: string;
  createdAt: string;
  attachments: SupervisionAttachment[];
}

/** One request as lists show it (`GET /api/supervision-requests`). */
export interface SupervisionRequest {
  id: string;
  kind: SupervisionKind;
  status: SupervisionStatus;
  subject: SupervisionSubject;
  planId: string | null;
  /** Null: addressed to the UBND. */
  addresseeDepartmentId: string | null;
  content: string;
  round: number;
  dueDate: CalendarDate;
  /** The Hà Nội date the current round was answered, if it was. */
  answeredOn: CalendarDate | null;
  category: SupervisionCategory;
  raisedBy: string;
  raisedByName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One request with its whole thread (`GET /api/supervision-requests/:id`). */
export interface SupervisionRequestDetail extends SupervisionRequest {
  messages: SupervisionMessage[];
}

/** Default response time in calendar days, per kind; the admin may change each (`/api/supervision-settings`). */
export type SupervisionResponseDays = Record<SupervisionKind, number>;

export const DEFAULT_SUPERVISION_RESPONSE_DAYS: SupervisionResponseDays = { kien_nghi: 30, chat_van: 20, yeu_cau_bao_cao: 15 };

export const MAX_RESPONSE_DAYS = 365;
export const MAX_SUPERVISION_CONTENT_LENGTH = 10_000;

type Labels = { vi: string; en: string };

export const SUPERVISION_KIND_LABELS: Readonly<Record<SupervisionKind, Labels>> = {
  kien_nghi: { vi: 'Kiến nghị giám sát', en: 'Supervision recommendation' },
  chat_van: { vi: 'Chất vấn', en: 'Interpellation' },
  yeu_cau_bao_cao: { vi: 'Yêu cầu báo cáo', en: 'Request for a report' },
};

export const SUPERVISION_STATUS_LABELS: Readonly<Record<SupervisionStatus, Labels>> = {
  open: { vi: 'Chờ trả lời', en: 'Awaiting answer' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const SUPERVISION_SUBJECT_LABELS: Readonly<Record<SupervisionSubjectType, Labels>> = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  item: { vi: 'Mục', en: 'Item' },
  work_package: { vi: 'Nhiệm vụ', en: 'Work package' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  department: { vi: 'Cơ quan, đơn vị', en: 'Department' },
};
