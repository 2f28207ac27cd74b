import type { Actor } from '../access/role';

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobState = (typeof EXPORT_JOB_STATUSES)[number];

/** What `GET /api/exports/:jobId` answers while the file is not ready (or failed). */
export interface ExportJobStatus {
  jobId: string;
  status: ExportJobState;
  /** 0–100. */
  progress: number;
  fileName: string;
  createdAt: string;
  expiresAt: string;
}

/** A generated file is kept this long, then removed. */
export const EXPORT_KEEP_MS = 24 * 3600 * 1000;




/** A finished export is read by users of the role that asked for it, and no other. */
export const canReadExport = (actor: Pick<Actor, 'role'>, job: { requesterRole: Actor['role'] }): boolean => actor.role === job.requesterRole;

/** The answer of an export route: the file itself, or a job to poll. */
export interface ExportJobAccepted {
  jobId: string;
}
