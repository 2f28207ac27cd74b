import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanReadSupervision,
  assertIsoDate,
  assertEvidenceFiles,
  assertSupervisionClose,
  assertSupervisionReopen,
  assertSupervisionRequest,
  assertSupervisionResponse,
  assertSupervisionResponseDays,
  DEFAULT_SUPERVISION_RESPONSE_DAYS,
  DomainError,
  EVIDENCE_KIND_RULES,
  Page,
  SUPERVISION_KINDS,
  supervisionDeliveryKind,
  SupervisionKind,
  SupervisionMessageType,
  SupervisionRequest,
  SupervisionRequestDetail,
  SupervisionResponseDays,
  SupervisionSubjectType,
  todayIn,
} from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { AuditService } from '../audit/audit.service';
import { assertActiveDepartment } from '../departments/assert-active-department';
import { recordDeliveries } from '../reminders/reminder-delivery.service';
import { ReminderOutboxService } from '../reminders/reminder-outbox.service';
import { contentDisposition } from '../work-packages/content-disposition';
import { asOfDate } from '../work-packages/as-of-date';
import { EvidenceStorage, UploadedEvidenceFile } from '../work-packages/evidence-storage';
import { foldSql, SqlParams } from '../work-packages/work-package.sql';
import { CreateSupervisionRequestDto } from './dtos/create-supervision-request.dto';
import { ListSupervisionRequestsQuery } from './dtos/list-supervision-requests.query';
import { mapSupervisionMessage, mapSupervisionRequest, SupervisionMessageRow, SupervisionRequestRow } from './dtos/supervision-response.dto';
import { CloseSupervisionDto, ReopenSupervisionDto, RespondSupervisionDto } from './dtos/supervision-step.dto';
import { SupervisionMessageEntity } from './supervision-message.entity';
import { SupervisionParties, supervisionRecipients } from './supervision-recipients';
import { SupervisionRequestEntity } from './supervision-request.entity';
import { supervisionTexts } from './supervision-texts';
import { requestSelectSql } from './supervision.sql';

const DEFAULT_PAGE = 50;
const CURSOR = /^(\d{13})\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** What a subject of each type is called and which plan it belongs to. */
const SUBJECT_SQL: Record<SupervisionSubjectType, string> = {
  plan: `SELECT id, id AS "planId", left(number || ': ' || title, 500) AS title FROM plans WHERE id = $1`,
  item: `SELECT id, plan_id AS "planId", left(ref || '. ' || title, 500) AS title FROM plan_items WHERE id = $1`,
  work_package: `SELECT id, plan_id AS "planId", left(title, 500) AS title FROM work_packages WHERE id = $1`,
  indicator: `SELECT id, plan_id AS "planId", left(code || '. ' || name, 500) AS title FROM plan_indicators WHERE id = $1`,
  department: `SELECT id, NULL::uuid AS "planId", name AS title FROM departments WHERE id = $1`,
};

type EventName = 'raised' | 'answered' | 'reopened' | 'closed';

@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: ReminderOutboxService,
    private readonly storage: EvidenceStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async responseDays(manager: EntityManager = this.dataSource.manager): Promise<SupervisionResponseDays> {
    const rows: { kind: SupervisionKind; days: number }[] = await manager.query(`SELECT kind, response_days AS days FROM supervision_settings`);
    return { ...DEFAULT_SUPERVISION_RESPONSE_DAYS, ...Object.fromEntries(rows.map((r) => [r.kind, r.days])) };
  }

  async updateResponseDays(actor: Actor, input: unknown): Promise<SupervisionResponseDays> {
    const next = assertSupervisionResponseDays(input);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.responseDays(manager);
      for (const kind of SUPERVISION_KINDS) {
        await manager.query(
          `INSERT INTO supervision_settings (kind, response_days, updated_at) VALUES ($1, $2, now()) ON CONFLICT (kind) DO UPDATE SET response_days = EXCLUDED.response_days, updated_at = now()`,
          [kind, next[kind]],
        );
      }
      await this.audit.record(manager, { actor, entityType: 'supervision_settings', entityId: null, action: 'update', before, after: next });
      return next;
    });
  }

  async create(actor: Actor, input: CreateSupervisionRequestDto): Promise<SupervisionRequestDetail> {
    const today = todayIn(new Date());
    const draft = assertSupervisionRequest(actor, input, today, await this.responseDays());
    const id = await this.dataSource.transaction(async (manager) => {
      const [subject]: { id: string; planId: string | null; title: string }[] = await manager.query(SUBJECT_SQL[draft.subject.type], [draft.subject.id]);
      if (!subject) throw new DomainError('NOT_FOUND', `subject.id: no ${draft.subject.type.replace('_', ' ')} with this id`, [{ field: 'subject.id', message: `no ${draft.subject.type} with this id`, rule: 'notFound' }]);
      if (draft.addresseeDepartmentId) await assertActiveDepartment(manager, draft.addresseeDepartmentId, 'addresseeDepartmentId');
      const saved = await manager.save(
        manager.create(SupervisionRequestEntity, {
          kind: draft.kind,
          subjectType: draft.subject.type,
          subjectId: subject.id,
          subjectTitle: subject.title,
          planId: subject.planId,
          addresseeDepartmentId: draft.addresseeDepartmentId,
          content: draft.content,
          status: 'open',
          round: 1,
          dueDate: draft.dueDate,
          answeredOn: null,
          raisedBy: actor.id,
          version: 1,
          closedAt: null,
        }),
      );
      await this.addMessage(manager, saved, actor, 'request', draft.content, draft.dueDate);
      await this.audit.record(manager, { actor, entityType: 'supervision_request', entityId: saved.id, action: 'create', after: this.auditView(saved) });
      await this.notify(manager, saved, actor, 'raised', { addresseeDepartmentId: saved.addresseeDepartmentId, addressee: true, ubnd: saved.addresseeDepartmentId !== null, userIds: [], exceptUserId: actor.id });
      return saved.id;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: ListSupervisionRequestsQuery): Promise<Page<SupervisionRequest>> {
    const asOf = asOfDate(query.asOf);
    const limit = query.limit ?? DEFAULT_PAGE;
    const params = new SqlParams();
    const asOfParam = params.p(asOf);
    const where: string[] = [];
    // Need-to-know: a department reads only what is addressed to it.
    if (actor.role === 'department') where.push(`r.addressee_department_id = ${params.p(actor.departmentId)}::uuid`);
    if (query.status) where.push(`r.status = ${params.p(query.status)}`);
    if (query.kind) where.push(`r.kind = ${params.p(query.kind)}`);
    if (query.addresseeDepartmentId === 'ubnd') where.push(`r.addressee_department_id IS NULL`);
    else if (query.addresseeDepartmentId) where.push(`r.addressee_department_id = ${params.p(query.addresseeDepartmentId.toLowerCase())}::uuid`);
    if (query.subjectId) where.push(`r.subject_id = ${params.p(query.subjectId)}::uuid`);
    if (query.planId) where.push(`r.plan_id = ${params.p(query.planId)}::uuid`);
    if (query.dueFrom) where.push(`r.due_date >= ${params.p(assertIsoDate(query.dueFrom, 'dueFrom'))}::date`);
    if (query.dueTo) where.push(`r.due_date <= ${params.p(assertIsoDate(query.dueTo, 'dueTo'))}::date`);
    if (query.overdue === 'true') where.push(`(r.status = 'open' AND r.due_date < ${asOfParam}::date)`);
    if (query.overdue === 'false') where.push(`NOT (r.status = 'open' AND r.due_date < ${asOfParam}::date)`);
    if (query.q?.trim()) {
      const pattern = params.p(query.q.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[\\%_]/g, '\\$&'));
      where.push(`${foldSql(`r.content || ' ' || r.subject_title`)} LIKE '%' || ${foldSql(pattern)} || '%'`);
    }
    if (query.cursor) {
      const match = CURSOR.exec(decodeCursor(query.cursor, 'cursor'));
      if (!match) throw new DomainError('VALIDATION_FAILED', 'cursor: is not a cursor this API gave out', [{ field: 'cursor', message: 'is not a cursor this API gave out', rule: 'badCursor' }]);
      where.push(`(r.created_at, r.id) < (to_timestamp(${params.p(Number(match[1]))}::double precision / 1000), ${params.p(match[2])}::uuid)`);
    }
    const rows: SupervisionRequestRow[] = await this.dataSource.query(
      `${requestSelectSql(asOfParam)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.created_at DESC, r.id DESC LIMIT ${params.p(limit + 1)}`,
      params.values,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(mapSupervisionRequest), nextCursor: rows.length > limit && last ? encodeCursor(`${last.createdAt.getTime()}|${last.id}`) : null };
  }

  async get(actor: Actor, id: string, asOf?: string): Promise<SupervisionRequestDetail> {
    const manager = this.dataSource.manager;
    const params = new SqlParams();
    const asOfParam = params.p(asOfDate(asOf));
    const [row]: SupervisionRequestRow[] = await manager.query(`${requestSelectSql(asOfParam)} WHERE r.id = ${params.p(id)}`, params.values);
    if (!row) throw new DomainError('NOT_FOUND', 'Supervision request not found.');
    assertCanReadSupervision(actor, row);
    const messages: SupervisionMessageRow[] = await manager.query(
      `SELECT m.id, m.type, m.round, m.content, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", m.author_id AS "authorId", u.display_name AS "authorName", m.created_at AS "createdAt"
       FROM supervision_messages m JOIN users u ON u.id = m.author_id WHERE m.request_id = $1 ORDER BY m.created_at, m.id`,
      [id],
    );
    const attachments = await manager.query(
      `SELECT a.id, a.supervision_message_id AS "messageId", a.file_name AS "fileName", a.content_type AS "contentType", a.size_bytes::int AS "sizeBytes"
       FROM attachments a WHERE a.supervision_message_id = ANY($1::uuid[]) ORDER BY a.created_at`,
      [messages.map((m) => m.id)],
    );
    return { ...mapSupervisionRequest(row), messages: messages.map((m) => mapSupervisionMessage(m, attachments)) };
  }

  /**
   * An answer with its files: checked before anything is written, moved into the evidence storage inside the transaction
   * and removed again if it fails (what a crash leaves is swept, as for progress reports).
   */
  async respond(actor: Actor, id: string, input: RespondSupervisionDto, files: UploadedEvidenceFile[] = []): Promise<SupervisionRequestDetail> {
    const kept: string[] = [];
    try {
      await this.dataSource.transaction(async (manager) => {
        const request = await this.lock(manager, id);
        const { content } = assertSupervisionResponse(actor, request, input);
        const candidates = await Promise.all(files.map(async (f) => ({ fileName: f.originalname, size: f.size, head: await this.storage.head(f.path) })));
        const kinds = assertEvidenceFiles(candidates);
        const before = this.auditView(request);
        const message = await this.addMessage(manager, request, actor, 'response', content, null);
        for (const [index, file] of files.entries()) {
          const sha256 = await this.storage.sha256(file.path);
          const storageKey = await this.storage.keep(file.path, id);
          kept.push(storageKey);
          await manager.query(
            `INSERT INTO attachments (supervision_message_id, file_name, content_type, size_bytes, storage_key, sha256, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [message.id, file.originalname.normalize('NFC').slice(0, 255), EVIDENCE_KIND_RULES[kinds[index]].contentType, file.size, storageKey, sha256, actor.id],
          );
        }
        const updated = await this.save(manager, request, { status: 'answered', answeredOn: todayIn(new Date()) });
        await this.audit.record(manager, { actor, entityType: 'supervision_request', entityId: id, action: 'update', before, after: { ...this.auditView(updated), responseId: message.id, files: files.map((f) => f.originalname) } });
        await this.notify(manager, updated, actor, 'answered', { addresseeDepartmentId: updated.addresseeDepartmentId, addressee: false, ubnd: actor.role !== 'ubnd', userIds: [updated.raisedBy], exceptUserId: actor.id });
      });
    } catch (error) {
      await this.storage.remove(kept);
      throw error;
    } finally {
      await this.storage.discardUploads(files);
    }
    return this.get(actor, id);
  }

  async reopen(actor: Actor, id: string, input: ReopenSupervisionDto): Promise<SupervisionRequestDetail> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const { content, dueDate } = assertSupervisionReopen(actor, request, input, todayIn(new Date()));
      const before = this.auditView(request);
      const updated = await this.save(manager, request, { status: 'open', round: request.round + 1, dueDate, answeredOn: null });
      await this.addMessage(manager, updated, actor, 'reopen', content, dueDate);
      await this.audit.record(manager, { actor, entityType: 'supervision_request', entityId: id, action: 'update', before, after: this.auditView(updated) });
      await this.notify(manager, updated, actor, 'reopened', { addresseeDepartmentId: updated.addresseeDepartmentId, addressee: true, ubnd: updated.addresseeDepartmentId !== null, userIds: [], exceptUserId: actor.id });
    });
    return this.get(actor, id);
  }

  async close(actor: Actor, id: string, input: CloseSupervisionDto): Promise<SupervisionRequestDetail> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const { content } = assertSupervisionClose(actor, request, input);
      const before = this.auditView(request);
      const updated = await this.save(manager, request, { status: 'closed', closedAt: new Date() });
      await this.addMessage(manager, updated, actor, 'close', content ?? '', null);
      await this.audit.record(manager, { actor, entityType: 'supervision_request', entityId: id, action: 'update', before, after: this.auditView(updated) });
      await this.notify(manager, updated, actor, 'closed', { addresseeDepartmentId: updated.addresseeDepartmentId, addressee: true, ubnd: updated.addresseeDepartmentId !== null, userIds: [], exceptUserId: actor.id });
    });
    return this.get(actor, id);
  }

  /** Streams a response file to whoever may read the request's thread. */
  async download(actor: Actor, id: string, attachmentId: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    const request = await manager.findOne(SupervisionRequestEntity, { where: { id } });
    if (!request) throw new DomainError('NOT_FOUND', 'Supervision request not found.');
    assertCanReadSupervision(actor, request);
    const [file]: { fileName: string; contentType: string; sizeBytes: number; storageKey: string }[] = await manager.query(
      `SELECT a.file_name AS "fileName", a.content_type AS "contentType", a.size_bytes::int AS "sizeBytes", a.storage_key AS "storageKey"
       FROM attachments a JOIN supervision_messages m ON m.id = a.supervision_message_id WHERE a.id = $1 AND m.request_id = $2`,
      [attachmentId, id],
    );
    if (!file) throw new DomainError('NOT_FOUND', 'Attachment not found.');
    if (!(await this.storage.exists(file.storageKey))) throw new DomainError('NOT_FOUND', 'The file of this attachment is missing from storage.');
    return new StreamableFile(this.storage.read(file.storageKey), { type: file.contentType, length: file.sizeBytes, disposition: contentDisposition(file.fileName) });
  }

  private async lock(manager: EntityManager, id: string): Promise<SupervisionRequestEntity> {
    const row = await manager.findOne(SupervisionRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new DomainError('NOT_FOUND', 'Supervision request not found.');
    return row;
  }

  private async save(manager: EntityManager, row: SupervisionRequestEntity, changes: Partial<SupervisionRequestEntity>): Promise<SupervisionRequestEntity> {
    await manager.update(SupervisionRequestEntity, { id: row.id }, { ...changes, version: row.version + 1 });
    return { ...row, ...changes, version: row.version + 1 };
  }

  private addMessage(manager: EntityManager, request: SupervisionRequestEntity, actor: Actor, type: SupervisionMessageType, content: string, dueDate: string | null): Promise<SupervisionMessageEntity> {
    return manager.save(manager.create(SupervisionMessageEntity, { requestId: request.id, type, round: request.round, content, dueDate, authorId: actor.id }));
  }

  /** In-app notifications and pending e-mails of one step, in its transaction; the outbox row wakes the worker to send the e-mails and reschedule reminders. */
  private async notify(manager: EntityManager, request: SupervisionRequestEntity, actor: Actor, event: EventName, parties: SupervisionParties): Promise<void> {
    const recipients = await supervisionRecipients(manager, parties);
    const text = { kind: request.kind, subjectTitle: request.subjectTitle, dueDate: request.dueDate };
    await recordDeliveries(
      manager,
      { workPackageId: null, supervisionRequestId: request.id, kind: supervisionDeliveryKind(request.round, event), dueDate: request.dueDate },
      supervisionTexts[event](text),
      recipients.filter((r) => r.userId !== actor.id),
      Boolean(this.config.SMTP_URL),
    );
    await this.outbox.recordSupervisionChange(manager, request.id);
  }

  private auditView(r: SupervisionRequestEntity): Record<string, unknown> {
    return {
      kind: r.kind,
      subject: { type: r.subjectType, id: r.subjectId },
      addresseeDepartmentId: r.addresseeDepartmentId,
      content: r.content,
      status: r.status,
      round: r.round,
      dueDate: r.dueDate,
      answeredOn: r.answeredOn,
      version: r.version,
    };
  }
}
