import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, WORK_PACKAGE_STATUS_LABELS, WORK_PACKAGE_STATUSES } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { RevisionCache } from '../../common/cache/revision-cache';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { asOfDate } from '../work-packages/as-of-date';
import { WorkPackagesRepository } from '../work-packages/work-packages.repository';
import { BoardCard, BoardColumn, BoardResponse } from './dtos/board-response.dto';
import { BoardGrouping, BoardQuery } from './dtos/board.query';

/** Default cards per column; the column's count is still the true one. */
export const BOARD_CARD_LIMIT = 50;

const NO_ITEM_KEY = 'none';

const KEY_SQL: Record<BoardGrouping, string> = {
  status: 'wp.status',
  department: 'wp.lead_department_id::text',
  item: `coalesce(wp.item_ref, '${NO_ITEM_KEY}')`,
};

interface FilteredSql {
  params: SqlParams;
  asOfParam: string;
  whereSql: string;
}

@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
    private readonly cache: RevisionCache,
  ) {}

  /** Cached per work-package revision: every viewer of a plan's board shares one computation until something changes. */
  board(query: BoardQuery): Promise<BoardResponse> {
    const asOf = asOfDate(query.asOf);
    return this.cache.getOrCompute('work_packages', `board|${JSON.stringify({ ...query, asOf })}`, () => this.compute(query));
  }

  private async compute(query: BoardQuery): Promise<BoardResponse> {
    const groupBy = query.groupBy ?? 'status';
    if (groupBy === 'item' && !query.planId) {
      throw new DomainError('VALIDATION_FAILED', 'planId: grouping by item needs a plan', [{ field: 'planId', message: 'is required when groupBy=item' }]);
    }
    const asOf = asOfDate(query.asOf);
    const key = KEY_SQL[groupBy];
    // Each statement gets its own parameter list: Postgres refuses a parameter that a statement never uses.
    const filtered = (withAsOf: boolean): FilteredSql => {
      const params = new SqlParams();
      const asOfParam = withAsOf ? params.p(asOf) : '';
      const where = this.packages.whereSql('wp', { planId: query.planId, departmentId: query.departmentId, q: query.q }, asOfParam, params);
      return { params, asOfParam, whereSql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '' };
    };
    const countSql = filtered(false);
    const cardLimit = query.cardLimit ?? BOARD_CARD_LIMIT;
    const counts = await this.dataSource.query<{ key: string; count: number }[]>(
      `SELECT ${key} AS key, count(*)::int AS count FROM work_packages wp ${countSql.whereSql} GROUP BY 1`,
      countSql.params.values,
    );
    const cards = await this.cards(groupBy, counts.map((c) => c.key), filtered(true), cardLimit);

    const cardsOf = new Map<string, BoardCard[]>();
    for (const { key: k, ...card } of cards) cardsOf.set(k, [...(cardsOf.get(k) ?? []), card]);
    const countOf = new Map(counts.map((c) => [c.key, c.count]));
    const columns = (await this.columnKeys(groupBy, query.planId, [...countOf.keys()])).map(
      ({ key: k, title }): BoardColumn => ({ key: k, title, count: countOf.get(k) ?? 0, cards: cardsOf.get(k) ?? [] }),
    );
    return { asOf, groupBy, cardLimit, columns };
  }

  /**
   * The first cards of each column. By status or department, one index-ordered LIMIT per column (a lateral join),
   * so a plan of any size costs columns × limit rows; by item, one pass over the plan's packages.
   */
  private cards(groupBy: BoardGrouping, keys: string[], sql: FilteredSql, limit: number): Promise<(BoardCard & { key: string })[]> {
    const columns = `wp.id, wp.title, wp.status, ${categorySql('wp', sql.asOfParam)} AS category, to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
                     wp.lead_department_id AS "leadDepartmentId", wp.progress, wp.version`;
    const limitParam = sql.params.p(limit);
    if (groupBy === 'item') {
      return this.dataSource.query(
        `SELECT key, id, title, status, category, "dueDate", "leadDepartmentId", progress, version FROM (
           SELECT ${KEY_SQL.item} AS key, ${columns}, row_number() OVER (PARTITION BY ${KEY_SQL.item} ORDER BY wp.due_date NULLS LAST, wp.id) AS rn
           FROM work_packages wp ${sql.whereSql}
         ) s WHERE rn <= ${limitParam} ORDER BY key, rn`,
        sql.params.values,
      );
    }
    const keyParam = sql.params.p(keys);
    const match = groupBy === 'status' ? 'wp.status = k.key' : 'wp.lead_department_id = k.key::uuid';
    const where = sql.whereSql ? `${sql.whereSql} AND ${match}` : `WHERE ${match}`;
    return this.dataSource.query(
      `SELECT k.key, c.* FROM unnest(${keyParam}::text[]) WITH ORDINALITY AS k(key, ord)
       CROSS JOIN LATERAL (SELECT ${columns} FROM work_packages wp ${where} ORDER BY wp.due_date NULLS LAST, wp.id LIMIT ${limitParam}) c
       ORDER BY k.ord`,
      sql.params.values,
    );
  }

  /** Every status is a column even when empty; departments and items appear when they hold packages, in catalogue and document order. */
  private async columnKeys(groupBy: BoardGrouping, planId: string | undefined, present: string[]): Promise<{ key: string; title: string }[]> {
    if (groupBy === 'status') return WORK_PACKAGE_STATUSES.map((status) => ({ key: status, title: WORK_PACKAGE_STATUS_LABELS[status].vi }));
    if (present.length === 0) return [];
    if (groupBy === 'department') {
      return this.dataSource.query(`SELECT id::text AS key, name AS title FROM departments WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [present]);
    }
    const items = await this.dataSource.query<{ key: string; title: string }[]>(
      `SELECT ref AS key, ref || '. ' || title AS title FROM plan_items WHERE plan_id = $1 AND ref = ANY($2::text[]) ORDER BY position`,
      [planId, present],
    );
    const known = new Set(items.map((i) => i.key));
    const rest = present.filter((k) => !known.has(k)).sort();
    return [...items, ...rest.map((k) => ({ key: k, title: k === NO_ITEM_KEY ? 'Không gắn mục' : k }))];
  }
}
