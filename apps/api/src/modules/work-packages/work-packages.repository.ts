import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CalendarDate, DeadlineCategory, WorkPackage, WorkPackageStatus } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { WorkPackageEntity } from './work-package.entity';
import { categoryFilterSql, packageColumnsSql, searchSql, SqlParams } from './work-package.sql';

export interface WorkPackageFilter {
  planId?: string;
  departmentId?: string;
  parentId?: string;
  status?: WorkPackageStatus;
  category?: DeadlineCategory;
  q?: string;
  dueFrom?: CalendarDate;
  dueTo?: CalendarDate;
}

/** Where a list page starts: after the package with this due date (null: none) and id. */
export interface WorkPackagePageKey {
  dueDate: CalendarDate | null;
  id: string;
}

type WorkPackageRow = Omit<WorkPackage, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

const toWorkPackage = (row: WorkPackageRow): WorkPackage => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });

/** The read side of work packages: hand-written SQL, so the category is computed (and filtered) in the database. */
@Injectable()
export class WorkPackagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Keyset page in the list's order: due date (none last), then id; `after` is the last row of the previous page.
   * After a dated row the page is the dated rows after it, then the undated ones: two index-ordered scans (UNION ALL,
   * each stopping at the limit), because `(due_date, id) > (…) OR due_date IS NULL` is no index bound and read a
   * 33,000-package plan from its first due date on every later page.
   */
  async findPage(filter: WorkPackageFilter, asOf: CalendarDate, after: WorkPackagePageKey | null, limit: number): Promise<WorkPackage[]> {
    const params = new SqlParams();
    const asOfParam = params.p(asOf);
    const limitParam = params.p(limit);
    const select = (extra: string | null, order: string): string => {
      const where = this.whereSql('wp', filter, () => asOfParam, params);
      if (extra) where.push(extra);
      return `SELECT ${packageColumnsSql('wp', asOfParam)} FROM work_packages wp ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${limitParam}`;
    };
    const sql = !after
      ? select(null, 'wp.due_date NULLS LAST, wp.id')
      : !after.dueDate
        ? select(`wp.due_date IS NULL AND wp.id > ${params.p(after.id)}::uuid`, 'wp.id')
        : `SELECT * FROM ((${select(`(wp.due_date, wp.id) > (${params.p(after.dueDate)}::date, ${params.p(after.id)}::uuid)`, 'wp.due_date, wp.id')})
           UNION ALL (${select('wp.due_date IS NULL', 'wp.id')})) page ORDER BY page."dueDate" NULLS LAST, page.id LIMIT ${limitParam}`;
    const rows = await this.dataSource.query<WorkPackageRow[]>(sql, params.values);
    return rows.map(toWorkPackage);
  }

  async findOne(id: string, asOf: CalendarDate, manager: EntityManager = this.dataSource.manager): Promise<WorkPackage | null> {
    const rows = await manager.query<WorkPackageRow[]>(`SELECT ${packageColumnsSql('wp', '$2')} FROM work_packages wp WHERE wp.id = $1`, [id, asOf]);
    return rows.length > 0 ? toWorkPackage(rows[0]) : null;
  }

  /**
   * Updates one package and reads it back as `findOne` does, in one statement (`UPDATE … RETURNING`): a write costs
   * one round trip less. The assignees are read as they were before the statement, so callers that replace them read
   * the package again afterwards.
   */
  async updateAndRead(manager: EntityManager, id: string, set: QueryDeepPartialEntity<WorkPackageEntity>, asOf: CalendarDate): Promise<WorkPackage | null> {
    const result = await manager
      .createQueryBuilder()
      .update(WorkPackageEntity)
      .set(set)
      .where('id = :id', { id })
      .returning(packageColumnsSql('work_packages', ':asOf'))
      .setParameter('asOf', asOf)
      .updateEntity(false)
      .execute();
    const rows = result.raw as WorkPackageRow[];
    return rows.length > 0 ? toWorkPackage(rows[0]) : null;
  }

  /** The filters the list, the board and the summary share; `asOf` gives the `$n` of the as-of date when a filter needs it. */
  whereSql(alias: string, filter: WorkPackageFilter, asOf: () => string, params: SqlParams): string[] {
    const where: string[] = [];
    if (filter.planId) where.push(`${alias}.plan_id = ${params.p(filter.planId)}`);
    if (filter.departmentId) where.push(`${alias}.lead_department_id = ${params.p(filter.departmentId)}`);
    if (filter.parentId) where.push(`${alias}.parent_id = ${params.p(filter.parentId)}`);
    if (filter.status) where.push(`${alias}.status = ${params.p(filter.status)}`);
    if (filter.category) where.push(categoryFilterSql(alias, asOf, filter.category));
    if (filter.q && filter.q.trim().length > 0) where.push(searchSql(alias, filter.q, params));
    if (filter.dueFrom) where.push(`${alias}.due_date >= ${params.p(filter.dueFrom)}`);
    if (filter.dueTo) where.push(`${alias}.due_date <= ${params.p(filter.dueTo)}`);
    return where;
  }
}
