import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CategoryCounts,
  DEADLINE_CATEGORIES,
  LEAGUE_DUE_CATEGORIES,
  LEAGUE_LATE_CATEGORIES,
  LEAGUE_RANKING_RULE,
  LEAGUE_REQUEST_CATEGORIES,
  LeagueRequests,
  LeagueRow,
  LeagueTable,
  LeagueWindow,
  resolveLeagueWindows,
  SupervisionCategory,
  todayIn,
} from '@mandate/domain';
import { DataSource } from 'typeorm';
import { RevisionCache } from '../../common/cache/revision-cache';
import { supervisionPackageStatusSql } from '../supervision/supervision.sql';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { LeagueQuery } from './dtos/league.query';

type Ranked = Omit<LeagueRow, 'previous'>;

interface LeagueSqlRow extends Record<string, unknown> {
  departmentId: string;
  total: number;
  due: number;
  onTimeRate: number | null;
  overdueRate: number | null;
  avgDaysLate: number | null;
  rank: number;
  requestsTotal: number;
  requestsDue: number;
  requestsOnTimeRate: number | null;
}

const inList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Rates and the mean as numbers (Postgres numeric arrives as text), rounded for display. */
const round = (value: unknown, digits: number): number | null => (value === null ? null : Number(Number(value).toFixed(digits)));

/**
 * The department league table, computed in one SQL statement per window from the same category rule as the board and
 * the deadline summary (`categorySql`); ranked in SQL by LEAGUE_RANKING_RULE.
 */
@Injectable()
export class LeagueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: RevisionCache,
  ) {}

  table(query: LeagueQuery): Promise<LeagueTable> {
    const { current, previous } = resolveLeagueWindows(query, todayIn(new Date()));
    const planId = query.planId ?? null;
    const key = `league|${planId ?? 'all'}|${current.from}|${current.to}|${current.asOf}`;
    return this.cache.getOrCompute(['work_packages', 'supervision'], key, async () => {
      const [now, before] = await Promise.all([this.rank(planId, current), this.rank(planId, previous)]);
      const earlier = new Map(before.map((row) => [row.departmentId, row]));
      const items = now.map((row): LeagueRow => {
        const was = earlier.get(row.departmentId);
        const counted = was && (was.total > 0 || was.requests.total > 0);
        return {
          ...row,
          previous: was && counted ? { onTimeRate: was.onTimeRate, overdueRate: was.overdueRate, avgDaysLate: was.avgDaysLate, rank: was.rank, requestsOnTimeRate: was.requestsOnTimeRate } : null,
        };
      });
      return { planId, window: current, previousWindow: previous, ranking: LEAGUE_RANKING_RULE, items };
    });
  }

  /** Every active department (and any inactive one that still leads packages in the window), ranked. */
  async rank(planId: string | null, window: LeagueWindow): Promise<Ranked[]> {
    const params = new SqlParams();
    const asOf = `${params.p(window.asOf)}::date`;
    const plan = planId ? params.p(planId) : null;
    const range = window.from && window.to ? `BETWEEN ${params.p(window.from)}::date AND ${params.p(window.to)}::date` : null;
    const where = [plan ? `wp.plan_id = ${plan}` : null, range ? `wp.due_date ${range}` : null].filter(Boolean);
    const requestWhere = [`sr.addressee_department_id IS NOT NULL`, plan ? `sr.plan_id = ${plan}` : null, range ? `sr.due_date ${range}` : null].filter(Boolean);
    const counts = DEADLINE_CATEGORIES.map((c) => `count(*) FILTER (WHERE category = '${c}')::int AS "${c}"`).join(', ');
    const requestCounts = LEAGUE_REQUEST_CATEGORIES.map((c) => `count(*) FILTER (WHERE category = '${c}')::int AS "req_${c}"`).join(', ');
    const rows = await this.dataSource.query<LeagueSqlRow[]>(
      `WITH s AS (
         SELECT wp.lead_department_id AS department_id, ${categorySql('wp', asOf)} AS category,
                CASE WHEN wp.status = 'done' THEN wp.completed_on - wp.due_date ELSE ${asOf} - wp.due_date END AS days_past_due
         FROM work_packages wp ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ),
       a AS (
         SELECT department_id, count(*)::int AS total, ${counts},
                count(*) FILTER (WHERE category IN (${inList(LEAGUE_DUE_CATEGORIES)}))::int AS due,
                avg(days_past_due) FILTER (WHERE category IN (${inList(LEAGUE_LATE_CATEGORIES)})) AS avg_late
         FROM s GROUP BY department_id
       ),
       q AS (
         SELECT department_id, count(*)::int AS req_total, ${requestCounts},
                count(*) FILTER (WHERE category IN (${inList(LEAGUE_DUE_CATEGORIES)}))::int AS req_due
         FROM (
           SELECT sr.addressee_department_id AS department_id, ${categorySql('t', asOf)} AS category
           FROM supervision_requests sr
           CROSS JOIN LATERAL (SELECT ${supervisionPackageStatusSql('sr')} AS status, sr.due_date, sr.answered_on AS completed_on) t
           WHERE ${requestWhere.join(' AND ')}
         ) rq GROUP BY department_id
       ),
       r AS (
         SELECT d.id::text AS "departmentId", coalesce(a.total, 0) AS total, ${DEADLINE_CATEGORIES.map((c) => `coalesce(a."${c}", 0) AS "${c}"`).join(', ')},
                coalesce(a.due, 0) AS due,
                a.done_on_time::numeric / nullif(a.due, 0) AS on_time_rate,
                a.open_overdue::numeric / nullif(a.due, 0) AS overdue_rate,
                a.avg_late, d.name,
                coalesce(q.req_total, 0) AS "requestsTotal", coalesce(q.req_due, 0) AS "requestsDue",
                ${LEAGUE_REQUEST_CATEGORIES.map((c) => `coalesce(q."req_${c}", 0) AS "req_${c}"`).join(', ')},
                q."req_done_on_time"::numeric / nullif(q.req_due, 0) AS "requestsOnTimeRate"
         FROM departments d LEFT JOIN a ON a.department_id = d.id LEFT JOIN q ON q.department_id = d.id
         WHERE d.active OR a.department_id IS NOT NULL OR q.department_id IS NOT NULL
       )
       SELECT r.*, r.on_time_rate AS "onTimeRate", r.overdue_rate AS "overdueRate", r.avg_late AS "avgDaysLate",
              rank() OVER (ORDER BY (r.due = 0), r.on_time_rate DESC NULLS LAST, r.overdue_rate ASC NULLS LAST, r.avg_late ASC NULLS FIRST)::int AS rank
       FROM r ORDER BY rank, r.total DESC, r.name`,
      params.values,
    );
    return rows.map((row) => ({
      departmentId: row.departmentId,
      total: row.total,
      byCategory: Object.fromEntries(DEADLINE_CATEGORIES.map((c) => [c, row[c] as number])) as CategoryCounts,
      due: row.due,
      onTimeRate: round(row.onTimeRate, 4),
      overdueRate: round(row.overdueRate, 4),
      avgDaysLate: round(row.avgDaysLate, 1),
      rank: row.rank,
      requests: {
        total: row.requestsTotal,
        due: row.requestsDue,
        byCategory: Object.fromEntries(LEAGUE_REQUEST_CATEGORIES.map((c) => [c, row[`req_${c}`] as number])) as Record<SupervisionCategory, number>,
      } satisfies LeagueRequests,
      requestsOnTimeRate: round(row.requestsOnTimeRate, 4),
    }));
  }
}
