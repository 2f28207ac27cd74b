import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanEditFields,
  assertIsoDate,
  AuditEvent,
  DomainError,
  FieldProblem,
  Page,
  todayIn,
  toWorkPackageDetail,
  validateWorkPackageInput,
  WorkPackage,
  WorkPackageDetail,
  WorkPackageInputCandidate,
} from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService, mapAuditEvent } from '../audit/audit.service';
import { ReminderOutboxService } from '../reminders/reminder-outbox.service';
import { asOfDate } from './as-of-date';
import { CreateWorkPackageDto } from './dtos/create-work-package.dto';
import { HistoryQuery } from './dtos/history.query';
import { ListWorkPackagesQuery } from './dtos/list-work-packages.query';
import { SetAssigneesDto } from './dtos/set-assignees.dto';
import { UpdateWorkPackageDto } from './dtos/update-work-package.dto';
import { assertReferencesExist, PackageReferences } from './work-package-references';
import { WorkPackageAssigneeEntity } from './work-package-assignee.entity';
import { WorkPackageEntity } from './work-package.entity';
import { findPackageOrFail, lockPackage, versionFrom, writePackage } from './work-package.lock';
import { WorkPackagesRepository } from './work-packages.repository';

const DEFAULT_PAGE = 50;

const validationFailed = (problems: FieldProblem[]): DomainError =>
  new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT_KEY = /^\d{1,18}$/;

/** A cursor's key in the shape its column takes, so a forged or another list's cursor is a 400, not a SQL cast error. */
const cursorKey = (cursor: string, shape: RegExp): string => {
  const key = decodeCursor(cursor, 'cursor');
  if (!shape.test(key)) throw validationFailed([{ field: 'cursor', message: 'is not a cursor this API gave out' }]);
  return key;
};

const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : null);

/** The package as `validateWorkPackageInput` sees it, so an edit is checked as the whole record it produces. */
const inputOf = (row: WorkPackageEntity, assigneeIds: string[]): WorkPackageInputCandidate => ({
  title: row.title,
  description: row.description,
  sourceText: row.sourceText,
  planId: row.planId,
  itemRef: row.itemRef,
  parentId: row.parentId,
  leadDepartmentId: row.leadDepartmentId,
  cooperatingDepartmentIds: row.cooperatingDepartmentIds,
  assigneeIds,
  startDate: row.startDate,
  dueDate: row.dueDate,
  expectedOutput: row.expectedOutput,
  progress: row.progress,
  priority: row.priority,
  target: row.target,
});

/** Entity columns for validated input; only the keys present are returned. */
const columnsOf = (input: WorkPackageInputCandidate): Partial<WorkPackageEntity> => {
  const columns: Partial<WorkPackageEntity> = {};
  const set = <K extends keyof WorkPackageEntity>(key: K, value: WorkPackageEntity[K]) => (columns[key] = value);
  if ('title' in input) set('title', String(input.title).trim());
  if ('description' in input) set('description', typeof input.description === 'string' ? input.description.trim() : '');
  if ('sourceText' in input) set('sourceText', optionalText(input.sourceText));
  if ('itemRef' in input) set('itemRef', optionalText(input.itemRef));
  if ('parentId' in input) set('parentId', (input.parentId as string | null) ?? null);
  if ('leadDepartmentId' in input) set('leadDepartmentId', input.leadDepartmentId as string);
  if ('cooperatingDepartmentIds' in input) set('cooperatingDepartmentIds', (input.cooperatingDepartmentIds as string[] | undefined) ?? []);
  if ('startDate' in input) set('startDate', (input.startDate as string | null) ?? null);
  if ('dueDate' in input) set('dueDate', (input.dueDate as string | null) ?? null);
  if ('expectedOutput' in input) set('expectedOutput', optionalText(input.expectedOutput));
  if ('progress' in input) set('progress', input.progress as number);
  if ('priority' in input) set('priority', input.priority as WorkPackageEntity['priority']);
  if ('target' in input) set('target', (input.target as WorkPackageEntity['target']) ?? null);
  return columns;
};

/** The fields a request actually carries (`undefined` is "not sent"). */
const sentFields = <T extends object>(input: T): Partial<T> =>
  Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'version')) as Partial<T>;

@Injectable()
export class WorkPackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
    private readonly audit: AuditService,
    private readonly reminders: ReminderOutboxService,
  ) {}

  async list(query: ListWorkPackagesQuery): Promise<Page<WorkPackage>> {
    const asOf = asOfDate(query.asOf);
    if (query.dueFrom) assertIsoDate(query.dueFrom, 'dueFrom');
    if (query.dueTo) assertIsoDate(query.dueTo, 'dueTo');
    const limit = query.limit ?? DEFAULT_PAGE;
    const after = query.cursor ? cursorKey(query.cursor, UUID_KEY) : null;
    const rows = await this.packages.findPage(query, asOf, after, limit + 1);
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async get(actor: Actor, id: string, asOf?: string): Promise<WorkPackageDetail> {
    const pkg = await this.packages.findOne(id, asOfDate(asOf));
    if (!pkg) throw new DomainError('NOT_FOUND', 'Work package not found.');
    return toWorkPackageDetail(actor, pkg);
  }

  async create(actor: Actor, input: CreateWorkPackageDto): Promise<WorkPackageDetail> {
    const fields = sentFields(input) as WorkPackageInputCandidate;
    const problems = validateWorkPackageInput(fields);
    if (problems.length > 0) throw validationFailed(problems);
    return this.dataSource.transaction(async (manager) => {
      await assertReferencesExist(manager, fields as PackageReferences, null, input.planId ?? null);
      const saved = await manager.save(manager.create(WorkPackageEntity, { ...columnsOf(fields), planId: input.planId ?? null }));
      await this.replaceAssignees(manager, saved.id, input.assigneeIds ?? []);
      const after = await this.reload(manager, saved.id);
      await this.audit.record(manager, { actor, entityType: 'work_package', entityId: saved.id, action: 'create', after });
      await this.reminders.recordDeadlineChange(manager, saved.id);
      return toWorkPackageDetail(actor, after);
    });
  }

  async update(actor: Actor, id: string, input: UpdateWorkPackageDto, ifMatch: string | undefined): Promise<WorkPackageDetail> {
    const version = versionFrom(ifMatch, input.version);
    const changes = sentFields(input) as WorkPackageInputCandidate;
    if (Object.keys(changes).length === 0) throw validationFailed([{ field: 'body', message: 'names no field to change' }]);
    return this.dataSource.transaction(async (manager) => {
      const row = await lockPackage(manager, id, version);
      assertCanEditFields(actor, row, Object.keys(changes));
      const before = await this.reload(manager, id);
      const problems = validateWorkPackageInput({ ...inputOf(row, before.assigneeIds), ...changes });
      if (problems.length > 0) throw validationFailed(problems);
      await assertReferencesExist(manager, changes as PackageReferences, id, row.planId);
      await writePackage(manager, id, columnsOf(changes));
      if (changes.assigneeIds !== undefined) await this.replaceAssignees(manager, id, changes.assigneeIds as string[]);
      const after = await this.reload(manager, id);
      await this.audit.record(manager, { actor, entityType: 'work_package', entityId: id, action: 'update', before, after });
      if (before.dueDate !== after.dueDate) await this.reminders.recordDeadlineChange(manager, id);
      return toWorkPackageDetail(actor, after);
    });
  }

  async setAssignees(actor: Actor, id: string, input: SetAssigneesDto, ifMatch: string | undefined): Promise<WorkPackageDetail> {
    return this.update(actor, id, { assigneeIds: input.assigneeIds, version: input.version }, ifMatch);
  }

  /** The package's audit trail, its comments', reports' and extension requests' included, newest first. */
  async history(id: string, query: HistoryQuery): Promise<Page<AuditEvent>> {
    await findPackageOrFail(this.dataSource.manager, id);
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where(
        `((e.entity_type = 'work_package' AND e.entity_id = :id)
          OR (e.entity_type = 'work_package_comment' AND e.entity_id IN (SELECT c.id::text FROM work_package_comments c WHERE c.work_package_id = CAST(:id AS uuid)))
          OR (e.entity_type = 'progress_report' AND e.entity_id IN (SELECT r.id::text FROM progress_reports r WHERE r.work_package_id = CAST(:id AS uuid)))
          OR (e.entity_type = 'deadline_extension' AND e.entity_id IN (SELECT x.id::text FROM deadline_extensions x WHERE x.work_package_id = CAST(:id AS uuid))))`,
        { id },
      )
      .orderBy('e.id', 'DESC')
      .take(limit + 1);
    if (query.cursor) qb.andWhere('e.id < :after', { after: cursorKey(query.cursor, BIGINT_KEY) });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(mapAuditEvent), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null };
  }

  private async reload(manager: EntityManager, id: string): Promise<WorkPackage> {
    const pkg = await this.packages.findOne(id, todayIn(new Date()), manager);
    if (!pkg) throw new DomainError('NOT_FOUND', 'Work package not found.');
    return pkg;
  }

  private async replaceAssignees(manager: EntityManager, id: string, userIds: string[]): Promise<void> {
    await manager.delete(WorkPackageAssigneeEntity, { workPackageId: id });
    if (userIds.length > 0) await manager.insert(WorkPackageAssigneeEntity, [...new Set(userIds)].map((userId) => ({ workPackageId: id, userId })));
  }
}
