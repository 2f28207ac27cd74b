import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BOARD_NO_ITEM_KEY, BoardCard, BoardColumn, BoardGrouping, BoardLane, BoardLanes, BoardResponse, DomainError, WORK_PACKAGE_STATUS_LABELS, WORK_PACKAGE_STATUSES } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { RevisionCache } from '../../common/cache/revision-cache';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { asOfDate } from '../work-packages/as-of-date';
import { WorkPackagesRepository } from '../work-packages/work-packages.repository';
import { BoardQuery } from './dtos/board.query';

/** Default cards per column; the column's count is still the true one. */
export const BOARD_CARD_LIMIT = 50;

const KEY_SQL: Record<BoardGrouping, string> = {
  status: 'wp.status',
  department: 'wp.lead_department_id::text',
  item: `coalesce(wp.item_ref, '${BOARD_NO_ITEM_KEY}')`,
};

/** The card fields, from `work_packages wp`; `asOf` is the `$n` of the as-of date. */
const cardColumnsSql = (asOf: string): string =>
  `wp.id, wp.title, wp.status, ${categorySql('wp', asOf)} AS category, to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
   wp.lead_department_id AS "leadDepartmentId", wp.item_ref AS "itemRef", wp.progress, wp.version`;

const CARD_FIELDS = `id, title, status, category, "dueDate", "leadDepartmentId", "itemRef", progress, version`;

interface FilteredSql {
  params: SqlParams;
  asOf: () => string;
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
    if (query.lanes && groupBy !== 'status') {
      throw new DomainError('VALIDATION_FAILED', 'lanes: swimlanes split a status board', [{ field: 'lanes', message: 'needs groupBy=status' }]);
    }
    if (query.lanes === 'item' && !query.planId) {
      throw new DomainError('VALIDATION_FAILED', 'planId: lanes by item need a plan', [{ field: 'planId', message: 'is required when lanes=item' }]);
    }
    const asOf = asOfDate(query.asOf);
    const key = KEY_SQL[groupBy];
    // Each statement gets its own parameter list, the as-of date only where something uses it.
    const filtered = (): FilteredSql => {
      const params = new SqlParams();
      const asOfParam = params.lazy(asOf);
      const where = this.packages.whereSql('wp', { planId: query.planId, departmentId: query.departmentId, category: query.category, q: query.q }, asOfParam, params);
      return { params, asOf: asOfParam, whereSql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '' };
    };
    const countSql = filtered();
    const cardLimit = query.cardLimit ?? BOARD_CARD_LIMIT;
    const counts = await this.dataSource.query<{ key: string; count: number }[]>(
      `SELECT ${key} AS key, count(*)::int AS count FROM work_packages wp ${countSql.whereSql} GROUP BY 1`,
      countSql.params.values,
    );
    const cards = await this.cards(groupBy, counts.map((c) => c.key), filtered(), cardLimit);

    const cardsOf = new Map<string, BoardCard[]>();
    for (const { key: k, ...card } of cards) cardsOf.set(k, [...(cardsOf.get(k) ?? []), card]);
    const countOf = new Map(counts.map((c) => [c.key, c.count]));
    const columns = (await this.columnKeys(groupBy, query.planId, [...countOf.keys()])).map(
      ({ key: k, title }): BoardColumn => ({ key: k, title, count: countOf.get(k) ?? 0, cards: cardsOf.get(k) ?? [] }),
    );
    const lanes = query.lanes ? await this.lanes(query.lanes, query.planId, filtered(), cardLimit) : null;
    return { asOf, groupBy, cardLimit, columns, lanes };
  }

  /** A status board split by department or item in one statement: per lane and status, the true count and the first cards. */
  private async lanes(lanes: BoardLanes, planId: string | undefined, sql: FilteredSql, limit: number): Promise<BoardLane[]> {
    const lane = KEY_SQL[lanes];
    const rows = await this.dataSource.query<(BoardCard & { lane: string; total: number })[]>(
      `SELECT lane, total, ${CARD_FIELDS} FROM (
         SELECT ${lane} AS lane, ${cardColumnsSql(sql.asOf())},
                count(*) OVER (PARTITION BY ${lane}, wp.status)::int AS total,
                row_number() OVER (PARTITION BY ${lane}, wp.status ORDER BY wp.due_date NULLS LAST, wp.id) AS rn
         FROM work_packages wp ${sql.whereSql}
       ) s WHERE rn <= ${sql.params.p(limit)} ORDER BY lane, rn`,
      sql.params.values,
    );
    const cells = new Map<string, { count: number; cards: BoardCard[] }>();
    for (const { lane: key, total, ...card } of rows) {
      const cell = cells.get(`${key}|${card.status}`) ?? { count: total, cards: [] };
      cell.cards.push(card);
      cells.set(`${key}|${card.status}`, cell);
    }
    const present = [...new Set(rows.map((r) => r.lane))];
    return (await this.columnKeys(lanes, planId, present)).map(({ key, title }) => ({
      key,
      title,
      columns: WORK_PACKAGE_STATUSES.map((status) => ({ key: status, title: WORK_PACKAGE_STATUS_LABELS[status].vi, ...(cells.get(`${key}|${status}`) ?? { count: 0, cards: [] }) })),
    }));
  }

  /**
   * The first cards of each column. By status or department, one index-ordered LIMIT per column (a lateral join),
   * so a plan of any size costs columns × limit rows; by item, one pass over the plan's packages.
   */
  private cards(groupBy: BoardGrouping, keys: string[], sql: FilteredSql, limit: number): Promise<(BoardCard & { key: string })[]> {
    const columns = cardColumnsSql(sql.asOf());
    const limitParam = sql.params.p(limit);
    if (groupBy === 'item') {
      return this.dataSource.query(
        `SELECT key, ${CARD_FIELDS} FROM (
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
    return [...items, ...rest.map((k) => ({ key: k, title: k === BOARD_NO_ITEM_KEY ? 'Không gắn mục' : k }))];
  }
}
