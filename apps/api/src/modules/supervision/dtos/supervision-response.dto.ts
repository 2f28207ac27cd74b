import { SupervisionAttachment, SupervisionCategory, SupervisionKind, SupervisionMessage, SupervisionMessageType, SupervisionRequest, SupervisionStatus, SupervisionSubjectType } from '@mandate/domain';

export interface SupervisionRequestRow {
  id: string;
  kind: SupervisionKind;
  status: SupervisionStatus;
  subjectType: SupervisionSubjectType;
  subjectId: string;
  subjectTitle: string;
  planId: string | null;
  addresseeDepartmentId: string | null;
  content: string;
  round: number;
  dueDate: string;
  answeredOn: string | null;
  category: SupervisionCategory;
  raisedBy: string;
  raisedByName: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export const mapSupervisionRequest = (r: SupervisionRequestRow): SupervisionRequest => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  subject: { type: r.subjectType, id: r.subjectId, title: r.subjectTitle },
  planId: r.planId,
  addresseeDepartmentId: r.addresseeDepartmentId,
  content: r.content,
  round: r.round,
  dueDate: r.dueDate,
  answeredOn: r.answeredOn,
  category: r.category,
  raisedBy: r.raisedBy,
  raisedByName: r.raisedByName,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

export interface SupervisionMessageRow {
  id: string;
  type: SupervisionMessageType;
  round: number;
  content: string;
  dueDate: string | null;
  authorId: string;
  authorName: string;
  createdAt: Date;
}

export const mapSupervisionMessage = (m: SupervisionMessageRow, attachments: (SupervisionAttachment & { messageId: string })[]): SupervisionMessage => ({
  id: m.id,
  type: m.type,
  round: m.round,
  content: m.content,
  dueDate: m.dueDate,
  authorId: m.authorId,
  authorName: m.authorName,
  createdAt: m.createdAt.toISOString(),
  attachments: attachments.filter((a) => a.messageId === m.id).map(({ id, fileName, contentType, sizeBytes }) => ({ id, fileName, contentType, sizeBytes })),
});
