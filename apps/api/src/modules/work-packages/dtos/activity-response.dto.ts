import { Attachment, DeadlineExtensionRequest, ProgressReport, WorkPackageComment } from '@mandate/domain';
import { AttachmentEntity } from '../attachment.entity';
import { DeadlineExtensionEntity } from '../deadline-extension.entity';
import { ProgressReportEntity } from '../progress-report.entity';
import { WorkPackageCommentEntity } from '../work-package-comment.entity';

export const mapComment = (c: WorkPackageCommentEntity, authorName: string): WorkPackageComment => ({
  id: c.id,
  workPackageId: c.workPackageId,
  authorId: c.authorId,
  authorName,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

export const mapAttachment = (a: AttachmentEntity): Attachment => ({
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

export const mapProgressReport = (r: ProgressReportEntity, attachments: AttachmentEntity[], authorName: string): ProgressReport => ({
  id: r.id,
  workPackageId: r.workPackageId,
  authorId: r.authorId,
  authorName,
  progress: r.progress,
  summary: r.summary,
  isCompletion: r.isCompletion,
  onBehalf: r.onBehalfDepartmentId && r.onBehalfReason ? { departmentId: r.onBehalfDepartmentId, reporterName: r.onBehalfReporterName, reason: r.onBehalfReason } : null,
  submittedAt: r.submittedAt.toISOString(),
  attachments: attachments.filter((a) => a.progressReportId === r.id).map(mapAttachment),
});

export const mapExtension = (e: DeadlineExtensionEntity, names?: Map<string, string>): DeadlineExtensionRequest => ({
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
  grantedDueDate: e.grantedDueDate,
  ...(names ? { requestedByName: names.get(e.requestedBy) ?? '', decidedByName: e.decidedBy ? (names.get(e.decidedBy) ?? '') : null } : {}),
});
