import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BOARD_NO_ITEM_KEY, BoardGrouping, BoardLanes, DomainError, WORK_PACKAGE_STATUS_LABELS, WORK_PACKAGE_STATUSES } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { CompressedReadModel, CompressedReadModelCache } from '../../common/cache/compressed-read-model-cache';
import { copyRows } from '../../common/persistence/copy-out';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { asOfDate } from '../work-packages/as-of-date';
import { workPackagesRevisionScope } from '../work-packages/revision-scope';
import { WorkPackagesRepository } from '../work-packages/work-packages.repository';
import { BoardQuery } from './dtos/board.query';

/** Default cards per column; the column's count is still the true one. `cardLimit=all` sends every card. */
export const BOARD_CARD_LIMIT = 50;

const KEY_SQL: Record<BoardGrouping, string> = {
  status: 'wp.status',
  department: 'wp.lead_department_id::text',
  item: `coalesce(wp.item_ref, '${BOARD_NO_ITEM_KEY}')`,
};

/** One card as JSON, built by Postgres from the row `c` (see `build`): only what a card shows and a move needs. */
const CARD_JSON = `json_build_object('id', c.id, 'title', c.title, 'status', c.status, 'category', c.category, 'dueDate', to_char(c.due_date, 'YYYY-MM-DD'),
  'leadDepartmentId', c.lead_department_id, 'itemRef', c.item_ref, 'progress', c.progress, 'version', c.version)`;
const CARD_ORDER = 'c.due_date NULLS LAST, c.id';

/** One row of the board statement, each field as the bytes Postgres wrote (`copyRows`). */
interface GroupRow {
  lane: string | null;
  key: string | null;
  count: number | null;
  whole: boolean;
  /** The cards' JSON array (or, on the last row, the departments'), placed into the answer as bytes. */
  json: Buffer;
}

const groupRow = ([lane, key, count, whole, json]: (Buffer | null)[]): GroupRow => ({
  lane: lane?.toString('utf8') ?? null,
  key: key?.toString('utf8') ?? null,
  count: count ? Number(count.toString('latin1')) : null,
  whole: whole?.toString('latin1') === 'true',
  json: json ?? EMPTY_ARRAY,
});

const EMPTY_ARRAY = Buffer.from('[]');

const str = (value: string): string => JSON.stringify(value);

@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
    private readonly cache: CompressedReadModelCache,
  ) {}

  /**
   * The board as gzip-compressed JSON, shared by every API process through Redis per (selection, revision). The
   * revision is the narrowest scope the selection lies in (a department, a plan, or all), so a change elsewhere
   * leaves this board cached; `ifNoneMatch` naming the current revision answers without a body (304).
   */
  board(query: BoardQuery, ifNoneMatch?: string): Promise<CompressedReadModel> {
    const groupBy = query.groupBy ?? 'status';
    if (groupBy === 'item' && !query.planId) {
      throw new DomainError('VALIDATION_FAILED', 'planId: grouping by item needs a plan', [{ field: 'planId', message: 'is required when groupBy=item', rule: 'required' }]);
    }
    if (query.lanes && groupBy !== 'status') {
      throw new DomainError('VALIDATION_FAILED', 'lanes: swimlanes split a status board', [{ field: 'lanes', message: 'needs groupBy=status', rule: 'needsStatusBoard' }]);
    }
    if (query.lanes === 'item' && !query.planId) {
      throw new DomainError('VALIDATION_FAILED', 'planId: lanes by item need a plan', [{ field: 'planId', message: 'is required when lanes=item', rule: 'required' }]);
    }
    const asOf = asOfDate(query.asOf);
    const cardLimit = query.cardLimit ?? BOARD_CARD_LIMIT;
    const selection = JSON.stringify([query.planId, groupBy, query.lanes, query.departmentId, query.category, query.q, asOf, cardLimit]);
    return this.cache.get('board', workPackagesRevisionScope(query), selection, ifNoneMatch, (revision) => this.build(query, groupBy, asOf, cardLimit, revision));
  }

  /**
   * One statement: Postgres filters, groups (per column, and per lane and column with swimlanes, by GROUPING SETS)
   * and writes every card's JSON; the departments named once come on the last row. Node only places the arrays, as
   * bytes read by COPY (`copyRows`) and handed to gzip as pieces: 10,000 cards are never decoded into a string,
   * encoded back, or copied into one buffer.
   */
  private async build(query: BoardQuery, groupBy: BoardGrouping, asOf: string, cardLimit: number | 'all', revision: number | null): Promise<Buffer[]> {
    const params = new SqlParams();
    const asOfParam = params.lazy(asOf);
    const where = this.packages.whereSql('wp', { planId: query.planId, departmentId: query.departmentId, category: query.category, q: query.q }, asOfParam, params);
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const lanes = query.lanes ?? null;
    const laneSql = lanes ? KEY_SQL[lanes] : 'NULL::text';
    const limited = cardLimit !== 'all';
    const limit = limited ? params.p(cardLimit) : '';
    const rank = (partition: string) => `row_number() OVER (PARTITION BY ${partition} ORDER BY wp.due_date NULLS LAST, wp.id)`;
    const ranks = !limited ? '' : `, ${rank(KEY_SQL[groupBy])} AS rn${lanes ? `, ${rank(`${laneSql}, ${KEY_SQL[groupBy]}`)} AS lrn` : ''}`;
    const agg = (filter: string) => `json_agg(${CARD_JSON} ORDER BY ${CARD_ORDER})${filter ? ` FILTER (WHERE ${filter})` : ''}`;
    const cards = !limited ? agg('') : lanes ? `CASE WHEN GROUPING(c.lane) = 1 THEN ${agg(`c.rn <= ${limit}`)} ELSE ${agg(`c.lrn <= ${limit}`)} END` : agg(`c.rn <= ${limit}`);
    const sets = lanes ? 'GROUPING SETS ((c.key), (c.lane, c.key))' : 'c.key';
    const rows = (
      await copyRows(
        this.dataSource,
        `WITH c AS (
         SELECT ${KEY_SQL[groupBy]} AS key, ${laneSql} AS lane, wp.id, wp.title, wp.status, ${categorySql('wp', asOfParam())} AS category,
                wp.due_date, wp.lead_department_id, wp.item_ref, wp.progress, wp.version ${ranks}
         FROM work_packages wp ${whereSql}
       ), g AS (
         SELECT ${lanes ? 'c.lane' : 'NULL::text AS lane'}, c.key, count(*)::int AS count, ${lanes ? 'GROUPING(c.lane) = 1' : 'true'} AS whole,
                coalesce(${cards}, '[]'::json) AS json
         FROM c GROUP BY ${sets}
       )
       SELECT lane, key, count::text, whole::text, json FROM g
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, coalesce(json_agg(json_build_object('id', d.id, 'name', d.name) ORDER BY d.name, d.id), '[]'::json)
       FROM departments d WHERE d.id IN (SELECT DISTINCT c.lead_department_id FROM c)`,
        params.values,
      )
    ).map(groupRow);
    const departments = rows[rows.length - 1].json;
    const groups = rows.slice(0, -1);
    const cell = new Map(groups.map((g) => [`${g.whole ? '' : g.lane}|${g.key}`, g]));
    // The answer as a list of byte pieces: the small JSON around them written here, the card arrays as Postgres wrote them.
    const out: Buffer[] = [];
    const text = (json: string) => out.push(Buffer.from(json, 'utf8'));
    const column = (lane: string, key: string, title: string, first: boolean): void => {
      const g = cell.get(`${lane}|${key}`);
      text(`${first ? '' : ','}{"key":${str(key)},"title":${str(title)},"count":${g?.count ?? 0},"cards":`);
      out.push(g?.json ?? EMPTY_ARRAY);
      text('}');
    };
    text(`{"asOf":${str(asOf)},"groupBy":${str(groupBy)},"cardLimit":${JSON.stringify(cardLimit)},"revision":${revision ?? 'null'},"departments":`);
    out.push(departments);
    text(',"columns":[');
    const columnKeys = await this.columnKeys(groupBy, query.planId, [...new Set(groups.filter((g) => g.whole).map((g) => g.key as string))]);
    columnKeys.forEach(({ key, title }, i) => column('', key, title, i === 0));
    text('],"lanes":');
    if (lanes) {
      const present = [...new Set(groups.filter((g) => !g.whole).map((g) => g.lane as string))];
      const laneKeys = await this.columnKeys(lanes, query.planId, present);
      text('[');
      laneKeys.forEach(({ key, title }, i) => {
        text(`${i === 0 ? '' : ','}{"key":${str(key)},"title":${str(title)},"columns":[`);
        WORK_PACKAGE_STATUSES.forEach((s, j) => column(key, s, WORK_PACKAGE_STATUS_LABELS[s].vi, j === 0));
        text(']}');
      });
      text(']');
    } else {
      text('null');
    }
    text('}');
    return out;
  }

  /** Every status is a column even when empty; departments and items appear when they hold packages, in catalogue and document order. */
  private async columnKeys(groupBy: BoardGrouping | BoardLanes, planId: string | undefined, present: string[]): Promise<{ key: string; title: string }[]> {
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
