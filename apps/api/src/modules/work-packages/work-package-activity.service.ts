import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanCommentOnWorkPackage,
  assertCanFileProgressReport,
  assertCanReadPackageRecords,
  assertEvidenceFiles,
  DomainError,
  editableFieldsFor,
  EVIDENCE_KIND_RULES,
  ItemList,
  ProgressReport,
  WorkPackageComment,
} from '@mandate/domain';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AttachmentEntity } from './attachment.entity';
import { contentDisposition } from './content-disposition';
import { mapAttachment, mapComment, mapProgressReport } from './dtos/activity-response.dto';
import { CreateCommentDto } from './dtos/create-comment.dto';
import { CreateProgressReportDto } from './dtos/create-progress-report.dto';
import { EvidenceStorage, UploadedEvidenceFile } from './evidence-storage';
import { ProgressReportEntity } from './progress-report.entity';
import { WorkPackageCommentEntity } from './work-package-comment.entity';
import { findPackageForRecords, findPackageOrFail, lockPackage } from './work-package.lock';
import { WorkPackageNotifier } from './work-package-notifier';
import { WorkPackageWriter } from './work-package.writer';
import { userNames as authorNames } from '../users/user-names';

const MAX_LISTED = 500;


@Injectable()
export class WorkPackageActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
    private readonly writer: WorkPackageWriter,
    private readonly notifier: WorkPackageNotifier,
  ) {}

  async listComments(actor: Actor, id: string): Promise<ItemList<WorkPackageComment>> {
    await findPackageForRecords(this.dataSource.manager, actor, id);
    const rows = await this.dataSource.manager.find(WorkPackageCommentEntity, { where: { workPackageId: id }, order: { createdAt: 'ASC', id: 'ASC' }, take: MAX_LISTED });
    const names = await authorNames(this.dataSource.manager, rows.map((r) => r.authorId));
    return { items: rows.map((r) => mapComment(r, names.get(r.authorId) ?? '')) };
  }

  async addComment(actor: Actor, id: string, input: CreateCommentDto): Promise<WorkPackageComment> {
    return this.dataSource.transaction(async (manager) => {
      const pkg = await findPackageOrFail(manager, id);
      assertCanCommentOnWorkPackage(actor, pkg);
      const saved = await manager.save(manager.create(WorkPackageCommentEntity, { workPackageId: id, authorId: actor.id, body: input.body }));
      const after = mapComment(saved, (await authorNames(manager, [actor.id])).get(actor.id) ?? '');
      await this.audit.record(manager, { actor, entityType: 'work_package_comment', entityId: saved.id, action: 'create', after });
      await this.notifier.notify(manager, { kind: 'package-comment', workPackageId: id, actor, reason: saved.body });
      return after;
    });
  }

  async listReports(actor: Actor, id: string): Promise<ItemList<ProgressReport>> {
    await findPackageForRecords(this.dataSource.manager, actor, id);
    const manager = this.dataSource.manager;
    const reports = await manager.find(ProgressReportEntity, { where: { workPackageId: id }, order: { submittedAt: 'DESC' }, take: MAX_LISTED });
    const attachments = reports.length > 0 ? await manager.find(AttachmentEntity, { where: { progressReportId: In(reports.map((r) => r.id)) }, order: { createdAt: 'ASC' } }) : [];
    const names = await authorNames(manager, reports.map((r) => r.authorId));
    return { items: reports.map((r) => mapProgressReport(r, attachments, names.get(r.authorId) ?? '')) };
  }

  /**
   * A progress report with its evidence. The files are checked (count, size, kind by content) before
   * anything is written; they are moved into storage inside the transaction (so a committed row always has its file) and
   * removed again if it fails; what a crash leaves behind is removed by EvidenceSweeperService.
   */
  async fileReport(actor: Actor, id: string, input: CreateProgressReportDto, files: UploadedEvidenceFile[] = []): Promise<ProgressReport> {
    const kept: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const pkg = await lockPackage(manager, id);
        assertCanFileProgressReport(actor, pkg);
        const candidates = await Promise.all(files.map(async (f) => ({ fileName: f.originalname, size: f.size, head: await this.storage.head(f.path) })));
        const kinds = assertEvidenceFiles(candidates);

        const report = await manager.save(manager.create(ProgressReportEntity, { workPackageId: id, authorId: actor.id, progress: input.progress, summary: input.summary, isCompletion: false, submittedAt: new Date() }));
        const attachments: AttachmentEntity[] = [];
        for (const [index, file] of files.entries()) {
          const sha256 = await this.storage.sha256(file.path);
          const storageKey = await this.storage.keep(file.path, id);
          kept.push(storageKey);
          attachments.push(
            await manager.save(
              manager.create(AttachmentEntity, {
                workPackageId: id,
                progressReportId: report.id,
                fileName: file.originalname.normalize('NFC').slice(0, 255),
                contentType: EVIDENCE_KIND_RULES[kinds[index]].contentType,
                sizeBytes: file.size,
                storageKey,
                sha256,
                uploadedBy: actor.id,
              }),
            ),
          );
        }
        // The report moves the package's progress only where the reporter may edit progress (not once submitted or closed).
        if (editableFieldsFor(actor, pkg).includes('progress') && pkg.progress !== input.progress) {
          await this.writer.update(manager, actor, pkg, {
            set: { progress: input.progress },
            audit: (updated) => ({ action: 'update', before: { progress: pkg.progress, version: pkg.version }, after: { progress: updated.progress, version: updated.version, progressReportId: report.id } }),
          });
        }
        const after = mapProgressReport(report, attachments, (await authorNames(manager, [actor.id])).get(actor.id) ?? '');
        await this.audit.record(manager, { actor, entityType: 'progress_report', entityId: report.id, action: 'create', after: { ...after, attachments: attachments.map(mapAttachment).map(({ id: attachmentId, fileName, sha256, sizeBytes }) => ({ id: attachmentId, fileName, sha256, sizeBytes })) } });
        return after;
      });
    } catch (error) {
      await this.storage.remove(kept);
      throw error;
    } finally {
      await this.storage.discardUploads(files);
    }
  }

  /** Streams evidence to whoever may read its package's records. */
  async download(actor: Actor, attachmentId: string): Promise<StreamableFile> {
    // A supervision response's file (no package) is served by the supervision routes, on their need-to-know rule.
    const attachment = await this.dataSource.manager.findOne(AttachmentEntity, { where: { id: attachmentId, workPackageId: Not(IsNull()) } });
    if (!attachment) throw new DomainError('NOT_FOUND', 'Attachment not found.');
    assertCanReadPackageRecords(actor, await findPackageOrFail(this.dataSource.manager, attachment.workPackageId));
    if (!(await this.storage.exists(attachment.storageKey))) throw new DomainError('NOT_FOUND', 'The file of this attachment is missing from storage.');
    return new StreamableFile(this.storage.read(attachment.storageKey), {
      type: attachment.contentType,
      length: attachment.sizeBytes,
      disposition: contentDisposition(attachment.fileName),
    });
  }
}
