import { DeadlineExtensionRequest } from '@mandate/domain';
import { AttachmentEntity } from '../attachment.entity';
import { DeadlineExtensionEntity } from '../deadline-extension.entity';
import { ProgressReportEntity } from '../progress-report.entity';
import { WorkPackageCommentEntity } from '../work-package-comment.entity';

export interface CommentResponse {
  id: string;
  workPackageId: string;
  authorId: string;
  body: string;
  createdAt: string;
}

export const mapComment = (c: WorkPackageCommentEntity): CommentResponse => ({
  id: c.id,
  workPackageId: c.workPackageId,
  authorId: c.authorId,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

export interface AttachmentResponse {
  id: string;
  workPackageId: string;
  progressReportId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
  /** Where to download it (same origin, bearer token). */
  url: string;
}

export const mapAttachment = (a: AttachmentEntity): AttachmentResponse => ({
  id: a.id,
  workPackageId: a.workPackageId,
  progressReportId: a.progressReportId,
  fileName: a.fileName,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  uploadedBy: a.uploadedBy,
  createdAt: a.createdAt.toISOString(),
  url: `/api/attachments/${a.id}`,
});

export interface ProgressReportResponse {
  id: string;
  workPackageId: string;
  authorId: string;
  progress: number;
  summary: string;
  isCompletion: boolean;
  submittedAt: string;
  attachments: AttachmentResponse[];
}

export const mapProgressReport = (r: ProgressReportEntity, attachments: AttachmentEntity[]): ProgressReportResponse => ({
  id: r.id,
  workPackageId: r.workPackageId,
  authorId: r.authorId,
  progress: r.progress,
  summary: r.summary,
  isCompletion: r.isCompletion,
  submittedAt: r.submittedAt.toISOString(),
  attachments: attachments.filter((a) => a.progressReportId === r.id).map(mapAttachment),
});

export const mapExtension = (e: DeadlineExtensionEntity): DeadlineExtensionRequest => ({
  id: e.id,
  workPackageId: e.workPackageId,
  requestedBy: e.requestedBy,
  requestedAt: e.createdAt.toISOString(),
  currentDueDate: e.currentDueDate,
  requestedDueDate: e.requestedDueDate,
  reason: e.reason,
  status: e.status,
  decidedBy: e.decidedBy,
  decidedAt: e.decidedAt ? e.decidedAt.toISOString() : null,
  decisionNote: e.decisionNote,
});
