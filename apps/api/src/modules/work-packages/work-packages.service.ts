import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanEditFields,
  assertIsoDate,
  AuditEvent,
  CalendarDate,
  DomainError,
  isValidIsoDate,
  Page,
  toWorkPackageDetail,
  WorkPackage,
  WorkPackageDetail,
  WorkPackageInputCandidate,
} from '@mandate/domain';
import { DataSource } from 'typeorm';
import { CompressedReadModel, CompressedReadModelCache } from '../../common/cache/compressed-read-model-cache';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { mapAuditEvent, withActorNames } from '../audit/audit.service';
import { asOfDate } from './as-of-date';
import { transitionContext } from './completion-report';
import { CreateWorkPackageDto } from './dtos/create-work-package.dto';
import { HistoryQuery } from './dtos/history.query';
import { ListWorkPackagesQuery } from './dtos/list-work-packages.query';
import { SetAssigneesDto } from './dtos/set-assignees.dto';
import { UpdateWorkPackageDto } from './dtos/update-work-package.dto';
import { workPackagesRevisionScope } from './revision-scope';
import { findPackageForRecords, lockPackage, versionFrom } from './work-package.lock';
import { squeezeSearch } from './work-package.sql';
import { validationFailed, WorkPackageWriter } from './work-package.writer';
import { WorkPackageFilter, WorkPackagePageKey, WorkPackagesRepository } from './work-packages.repository';

const DEFAULT_PAGE = 50;

const BIGINT_KEY = /^\d{1,18}$/;

/** A list cursor's key: the last item's due date (or `none`) and id, the keys the list is ordered by. */
const NO_DUE_DATE = 'none';
const LIST_KEY = /^(\d{4}-\d{2}-\d{2}|none)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const listCursorKey = (cursor: string): WorkPackagePageKey => {
  const [, dueDate, id] = LIST_KEY.exec(cursorKey(cursor, LIST_KEY)) as RegExpExecArray;
  if (dueDate !== NO_DUE_DATE && !isValidIsoDate(dueDate)) throw validationFailed([{ field: 'cursor', message: 'is not a cursor this API gave out', rule: 'badCursor' }]);
  return { dueDate: dueDate === NO_DUE_DATE ? null : dueDate, id };
};

/** A cursor's key in the shape its column takes, so a forged or another list's cursor is a 400, not a SQL cast error. */
const cursorKey = (cursor: string, shape: RegExp): string => {
  const key = decodeCursor(cursor, 'cursor');
  if (!shape.test(key)) throw validationFailed([{ field: 'cursor', message: 'is not a cursor this API gave out', rule: 'badCursor' }]);
  return key;
};

/** The fields a request actually carries (`undefined` is "not sent"). */
const sentFields = <T extends object>(input: T): Partial<T> =>
  Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'version')) as Partial<T>;

@Injectable()
export class WorkPackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
    private readonly writer: WorkPackageWriter,
    private readonly cache: CompressedReadModelCache,
  ) {}

  /**
   * A page of the list (`Page<WorkPackage>`) as the cached gzip body, shared by every API process through Redis per
   * (filters, page, revision of the narrowest scope the filters lie in): a change to one package moves only its plan's
   * and lead department's revisions, so other lists stay cached. Every signed-in reader may see every package's list
   * fields (need-to-know covers reports, comments, history and files, none of which the list carries), so one body
   * serves every reader and the key names none.
   */
  listBody(query: ListWorkPackagesQuery, ifNoneMatch?: string): Promise<CompressedReadModel> {
    const asOf = asOfDate(query.asOf);
    if (query.dueFrom) assertIsoDate(query.dueFrom, 'dueFrom');
    if (query.dueTo) assertIsoDate(query.dueTo, 'dueTo');
    const filter: WorkPackageFilter = {
      planId: query.planId,
      departmentId: query.departmentId,
      parentId: query.parentId,
      status: query.status,
      category: query.category,
      q: query.q === undefined ? undefined : squeezeSearch(query.q) || undefined,
      dueFrom: query.dueFrom,
      dueTo: query.dueTo,
    };
    const limit = query.limit ?? DEFAULT_PAGE;
    const after = query.cursor ? listCursorKey(query.cursor) : null;
    const selection = JSON.stringify([filter, asOf, after, limit]);
    return this.cache.get('work-packages', workPackagesRevisionScope(filter), selection, ifNoneMatch, async () => JSON.stringify(await this.listPage(filter, asOf, after, limit)));
  }

  private async listPage(filter: WorkPackageFilter, asOf: CalendarDate, after: WorkPackagePageKey | null, limit: number): Promise<Page<WorkPackage>> {
    const rows = await this.packages.findPage(filter, asOf, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor(`${last.dueDate ?? NO_DUE_DATE}|${last.id}`) : null };
  }

  async get(actor: Actor, id: string, asOf?: string): Promise<WorkPackageDetail> {
    const pkg = await this.packages.findOne(id, asOfDate(asOf));
    if (!pkg) throw new DomainError('NOT_FOUND', 'Work package not found.');
    return toWorkPackageDetail(actor, pkg, await transitionContext(this.dataSource.manager, pkg));
  }

  async create(actor: Actor, input: CreateWorkPackageDto): Promise<WorkPackageDetail> {
    const fields = sentFields(input) as WorkPackageInputCandidate;
    return this.dataSource.transaction(async (manager) => {
      return toWorkPackageDetail(actor, await this.writer.create(manager, actor, fields));
    });
  }

  async update(actor: Actor, id: string, input: UpdateWorkPackageDto, ifMatch: string | undefined): Promise<WorkPackageDetail> {
    const version = versionFrom(ifMatch, input.version);
    const changes = sentFields(input) as WorkPackageInputCandidate;
    if (Object.keys(changes).length === 0) throw validationFailed([{ field: 'body', message: 'names no field to change', rule: 'nothingToChange' }]);
    return this.dataSource.transaction(async (manager) => {
      const row = await lockPackage(manager, id, version);
      assertCanEditFields(actor, row, Object.keys(changes));
      const pkg = await this.writer.update(manager, actor, row, { fields: changes });
      return toWorkPackageDetail(actor, pkg, await transitionContext(manager, pkg));
    });
  }

  async setAssignees(actor: Actor, id: string, input: SetAssigneesDto, ifMatch: string | undefined): Promise<WorkPackageDetail> {
    return this.update(actor, id, { assigneeIds: input.assigneeIds, version: input.version }, ifMatch);
  }

  /** The package's audit trail, its comments', reports' and extension requests' included, newest first. */
  async history(actor: Actor, id: string, query: HistoryQuery): Promise<Page<AuditEvent>> {
    await findPackageForRecords(this.dataSource.manager, actor, id);
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
    return { items: await withActorNames(this.dataSource.manager, page.map(mapAuditEvent)), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null };
  }
}
