import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  CategoryCounts,
  DEADLINE_CATEGORIES,
  DEPARTMENT_ROLE,
  DepartmentHome,
  DomainError,
  HOME_DUE_SOON_DAYS,
  HOME_LEAGUE_EDGE,
  HOME_LIST_LIMIT,
  HomeList,
  HomePackage,
  HomeRequests,
  HomeView,
  LeagueRow,
  OverviewHome,
  ParsedDeadline,
  PendingExtension,
  PlanSummary,
  ReturnedPackage,
  todayIn,
  UbndHome,
} from '@mandate/domain';
import { DataSource } from 'typeorm';
import { PlansService } from '../plans/plans.service';
import { LeagueService } from '../reports/league.service';
import { mapSupervisionRequest, SupervisionRequestRow } from '../supervision/dtos/supervision-response.dto';
import { requestSelectSql } from '../supervision/supervision.sql';
import { categoryFilterSql, categorySql, openStatusSql, SqlParams } from '../work-packages/work-package.sql';
import { HomeQuery } from './dtos/home.query';

type Counted<T> = T & { total: number };

/** The card columns of a home list, with the category as of the home's date and the full count beside each row. */
const cardSql = (asOf: string): string =>
  `wp.id::text AS id, wp.title, wp.status, ${categorySql('wp', asOf)} AS category, to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
   wp.lead_department_id::text AS "leadDepartmentId", count(*) OVER ()::int AS total`;

const listOf = <T extends object>(rows: Counted<T>[]): HomeList<T> => ({
  count: rows[0]?.total ?? 0,
  items: rows.map(({ total: _total, ...item }) => item as unknown as T),
});

const zeroCounts = (): CategoryCounts => Object.fromEntries(DEADLINE_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

/**
 * One answer per role for `GET /api/home`, every number from SQL: the lists here, the counts and rates from the league
 * table (itself the deadline summary's category rule), so the home page and the reports never disagree.
 */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly league: LeagueService,
  ) {}

  async forActor(actor: Actor, query: HomeQuery): Promise<HomeView> {
    const asOf = todayIn(new Date());
    const plan = await this.planOf(query.planId);
    const [deadlines, league, requests] = await Promise.all([this.deadlinesOf(plan), this.league.table({ planId: plan?.id, asOf }), this.openRequests(actor, asOf, plan)]);
    const byCategory = zeroCounts();
    for (const row of league.items) for (const c of DEADLINE_CATEGORIES) byCategory[c] += row.byCategory[c];
    const base = { asOf, plan, deadlines, byCategory, total: league.items.reduce((n, r) => n + r.total, 0), requests };
    if (actor.role === 'ubnd') return this.ubnd(base, league.items);
    if (actor.role === DEPARTMENT_ROLE && actor.departmentId) return this.department(base, actor.departmentId, league.items);
    return this.overview(base, league.items);
  }

  private async planOf(planId: string | undefined): Promise<PlanSummary | null> {
    const { items } = await this.plans.list();
    if (!planId) return items.find((p) => !p.archived) ?? items[0] ?? null;
    const plan = items.find((p) => p.id === planId);
    if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
    return plan;
  }

  private async deadlinesOf(plan: PlanSummary | null): Promise<ParsedDeadline[]> {
    if (!plan) return [];
    return this.dataSource.query(
      `SELECT item_ref AS ref, to_char(due_date, 'YYYY-MM-DD') AS date, text FROM plan_deadlines WHERE plan_id = $1 ORDER BY due_date, position`,
      [plan.id],
    );
  }

  private async ubnd(base: Omit<UbndHome, 'kind' | 'submitted' | 'extensions' | 'overdueByDepartment'>, league: LeagueRow[]): Promise<UbndHome> {
    const [submitted, extensions] = await Promise.all([this.packages(base, 'submitted', null), this.pendingExtensions(base.plan)]);
    const overdueByDepartment = league
      .filter((row) => row.byCategory.open_overdue > 0)
      .map((row) => ({ departmentId: row.departmentId, overdue: row.byCategory.open_overdue }))
      .sort((a, b) => b.overdue - a.overdue);
    return { kind: 'ubnd', ...base, submitted, extensions, overdueByDepartment };
  }

  private async department(base: Omit<DepartmentHome, 'kind' | 'departmentId' | 'dueSoon' | 'overdue' | 'returned' | 'blocked' | 'league' | 'ranked'>, departmentId: string, league: LeagueRow[]): Promise<DepartmentHome> {
    const [dueSoon, overdue, blocked, returned] = await Promise.all([
      this.packages(base, 'dueSoon', departmentId),
      this.packages(base, 'overdue', departmentId),
      this.packages(base, 'blocked', departmentId),
      this.returned(base, departmentId),
    ]);
    const row = league.find((r) => r.departmentId === departmentId) ?? null;
    return { kind: 'department', ...base, departmentId, dueSoon, overdue, returned, blocked, league: row, ranked: league.filter((r) => r.due > 0).length };
  }

  private overview(base: Omit<OverviewHome, 'kind' | 'leagueTop' | 'leagueBottom' | 'ranked'>, league: LeagueRow[]): OverviewHome {
    // Only departments with something due are ranked on their merits; the rest share the last rank.
    const ranked = league.filter((r) => r.due > 0);
    const top = ranked.slice(0, HOME_LEAGUE_EDGE);
    const bottom = ranked.slice(Math.max(top.length, ranked.length - HOME_LEAGUE_EDGE)).reverse();
    return { kind: 'overview', ...base, leagueTop: top, leagueBottom: bottom, ranked: ranked.length };
  }

  /** One block of packages: waiting for approval, due within a week, overdue or blocked; soonest due first. */
  private async packages(base: { asOf: string; plan: PlanSummary | null }, block: 'submitted' | 'dueSoon' | 'overdue' | 'blocked', departmentId: string | null): Promise<HomeList> {
    if (!base.plan) return { count: 0, items: [] };
    const params = new SqlParams();
    const asOf = `${params.p(base.asOf)}::date`;
    const conditions = [`wp.plan_id = ${params.p(base.plan.id)}`];
    if (departmentId) conditions.push(`wp.lead_department_id = ${params.p(departmentId)}`);
    if (block === 'submitted') conditions.push(`wp.status = 'submitted'`);
    if (block === 'blocked') conditions.push(`wp.status = 'blocked'`);
    if (block === 'overdue') conditions.push(categoryFilterSql('wp', asOf, 'open_overdue'));
    if (block === 'dueSoon') conditions.push(`${openStatusSql('wp.status')} AND wp.due_date BETWEEN ${asOf} AND ${asOf} + ${HOME_DUE_SOON_DAYS}`);
    const rows = await this.dataSource.query<Counted<HomePackage>[]>(
      `SELECT ${cardSql(asOf)} FROM work_packages wp WHERE ${conditions.join(' AND ')}
       ORDER BY wp.due_date NULLS LAST, wp.id LIMIT ${params.p(HOME_LIST_LIMIT)}`,
      params.values,
    );
    return listOf(rows);
  }

  /** Packages the UBND office sent back (their latest workflow move is a return), with the reason it gave. */
  private async returned(base: { asOf: string; plan: PlanSummary | null }, departmentId: string): Promise<HomeList<ReturnedPackage>> {
    if (!base.plan) return { count: 0, items: [] };
    const rows = await this.dataSource.query<Counted<ReturnedPackage>[]>(
      `SELECT ${cardSql('$1::date')}, e.after ->> 'reason' AS reason, e.occurred_at AS "returnedAt"
       FROM work_packages wp
       CROSS JOIN LATERAL (
         SELECT a.after, a.occurred_at FROM audit_events a
         WHERE a.entity_type = 'work_package' AND a.entity_id = wp.id::text AND a.action = 'transition'
         ORDER BY a.id DESC LIMIT 1
       ) e
       WHERE wp.plan_id = $2 AND wp.lead_department_id = $3 AND wp.status = 'in_progress' AND e.after ->> 'action' = 'return'
       ORDER BY e.occurred_at DESC LIMIT $4`,
      [base.asOf, base.plan.id, departmentId, HOME_LIST_LIMIT],
    );
    return listOf(rows.map((r) => ({ ...r, returnedAt: new Date(r.returnedAt).toISOString() })));
  }

  /**
   * Supervision requests waiting for an answer, overdue first: a department's own (need-to-know), everyone else's all;
   * of the plan shown and of no plan (a request about a department belongs to none). Timeliness from `categorySql`.
   */
  private async openRequests(actor: Actor, asOf: string, plan: PlanSummary | null): Promise<HomeRequests> {
    const params = new SqlParams();
    const asOfParam = params.p(asOf);
    const where = [`r.status = 'open'`, plan ? `(r.plan_id = ${params.p(plan.id)}::uuid OR r.plan_id IS NULL)` : null];
    if (actor.role === DEPARTMENT_ROLE) where.push(`r.addressee_department_id = ${params.p(actor.departmentId)}::uuid`);
    const rows = await this.dataSource.query<(SupervisionRequestRow & { total: number; overdue: number })[]>(
      `SELECT q.*, count(*) OVER ()::int AS total, (count(*) FILTER (WHERE q.category = 'open_overdue') OVER ())::int AS overdue
       FROM (${requestSelectSql(asOfParam)} WHERE ${where.filter(Boolean).join(' AND ')}) q
       ORDER BY q.category = 'open_overdue' DESC, q."dueDate", q."createdAt", q.id LIMIT ${params.p(HOME_LIST_LIMIT)}`,
      params.values,
    );
    return { count: rows[0]?.total ?? 0, overdue: rows[0]?.overdue ?? 0, items: rows.map(({ total: _total, overdue: _overdue, ...row }) => mapSupervisionRequest(row)) };
  }

  private async pendingExtensions(plan: PlanSummary | null): Promise<HomeList<PendingExtension>> {
    if (!plan) return { count: 0, items: [] };
    const rows = await this.dataSource.query<Counted<PendingExtension>[]>(
      `SELECT x.id::text AS id, wp.id::text AS "workPackageId", wp.title, wp.lead_department_id::text AS "leadDepartmentId",
              to_char(x.current_due_date, 'YYYY-MM-DD') AS "currentDueDate", to_char(x.requested_due_date, 'YYYY-MM-DD') AS "requestedDueDate", x.reason,
              count(*) OVER ()::int AS total
       FROM deadline_extensions x JOIN work_packages wp ON wp.id = x.work_package_id
       WHERE wp.plan_id = $1 AND x.status = 'pending' ORDER BY x.created_at LIMIT $2`,
      [plan.id, HOME_LIST_LIMIT],
    );
    return listOf(rows);
  }
}
