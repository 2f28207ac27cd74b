import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanWriteDisbursementOf,
  buildDisbursementOverview,
  can,
  diffDisbursementImport,
  DisbursementImportPreview,
  DisbursementImportResult,
  DisbursementMonth,
  DISBURSEMENT_PROJECTS_PAGE,
  DisbursementOverview,
  DisbursementOverviewResponse,
  DisbursementProjectPage,
  DisbursementSettings,
  DisbursementSummary,
  DisbursementWorkbookRow,
  DomainError,
  investorResolver,
  isDisbursementMonth,
  lastDayOfYear,
  pageDisbursementProjects,
  pickDisbursementPackage,
  readDisbursementRows,
  StoredProjectState,
  validateMilestones,
  WorkbookProblem,
} from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CompressedReadModel, CompressedReadModelCache } from '../../common/cache/compressed-read-model-cache';
import { RevisionCache } from '../../common/cache/revision-cache';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { loadForUpdate } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { DepartmentAliasEntity } from '../departments/department-alias.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { PlanEntity } from '../plans/plan.entity';
import { WorkPackageEntity } from '../work-packages/work-package.entity';
import { validationFailed } from '../work-packages/work-package.writer';
import { DisbursementFigureEntity } from './disbursement-figure.entity';
import { DisbursementProjectEntity } from './disbursement-project.entity';
import { DisbursementSettingsEntity } from './disbursement-settings.entity';
import { buildTemplate, readWorkbook, UploadedWorkbook } from './disbursement-workbook';
import { latestReportedMonth, monthDeltas, projectsAsOf, storedStates } from './disbursement.sql';
import { CreateDisbursementProjectDto, DisbursementProjectsQuery, SetDisbursementFigureDto, UpdateDisbursementProjectDto, UpdateDisbursementSettingsDto } from './dtos/disbursement.dto';

const PROJECT = 'Disbursement project';

/** Refused rows name each row and column; the import writes nothing. */
const workbookInvalid = (problems: WorkbookProblem[]) =>
  new DomainError('WORKBOOK_INVALID', `The workbook does not match the disbursement template: ${problems.length} problem(s), e.g. ${problems[0]?.message ?? ''}`, problems);

@Injectable()
export class DisbursementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cache: RevisionCache,
    private readonly readModels: CompressedReadModelCache,
  ) {}

  /** The plan's settings, or the defaults (no milestones, 100% by 31/12 of the plan year, the package about disbursement). */
  async settings(manager: EntityManager, planId: string): Promise<DisbursementSettings> {
    const plan = await manager.findOne(PlanEntity, { where: { id: planId }, select: { id: true, planYear: true } });
    if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
    const row = await manager.findOne(DisbursementSettingsEntity, { where: { planId } });
    if (row) return { planId, targetDate: row.targetDate, milestones: row.milestones, workPackageId: row.workPackageId, version: row.version };
    const packages = await manager.find(WorkPackageEntity, { where: { planId }, select: { id: true, title: true, sourceText: true, itemRef: true }, order: { itemRef: 'ASC', createdAt: 'ASC' } });
    const year = plan.planYear ?? new Date().getUTCFullYear();
    return { planId, targetDate: lastDayOfYear(year), milestones: [], workPackageId: pickDisbursementPackage(packages), version: 0 };
  }

  /** Every project of the plan (the Excel export and the public page take them all), computed once per revision in this process. */
  overview(planId: string, asOf?: string): Promise<DisbursementOverview> {
    this.assertMonth(asOf);
    return this.cache.getOrCompute('disbursement', `overview|${planId}|${asOf ?? ''}`, () => this.computeOverview(planId, asOf ?? null));
  }

  /**
   * The page's first answer as gzip JSON (plan-wide figures, months, investors, the first page of projects by code with
   * the project and below-curve counts), computed once per (plan, month, disbursement revision) and shared through
   * Redis; every write moves the revision in its own commit.
   */
  overviewBody(planId: string, asOf: string | undefined, ifNoneMatch?: string): Promise<CompressedReadModel> {
    this.assertMonth(asOf);
    return this.readModels.get('disbursement', 'disbursement', JSON.stringify(['overview', planId, asOf ?? null]), ifNoneMatch, async () => {
      const overview = await this.overview(planId, asOf);
      const first = pageDisbursementProjects(overview.projects, {}, { limit: DISBURSEMENT_PROJECTS_PAGE });
      const response: DisbursementOverviewResponse = {
        ...overview,
        projects: first.items,
        projectCount: overview.projects.length,
        belowCurveCount: overview.projects.filter((p) => p.belowCurve).length,
        nextCursor: first.nextAfter === null ? null : encodeCursor(first.nextAfter),
      };
      return JSON.stringify(response);
    });
  }

  /** A page of the projects table (`DisbursementProjectPage`), filtered and ordered, cached as the overview is. */
  projectsBody(planId: string, query: DisbursementProjectsQuery, ifNoneMatch?: string): Promise<CompressedReadModel> {
    this.assertMonth(query.asOf);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 'cursor');
    const filter = { belowCurve: query.belowCurve, investorDepartmentId: query.investorDepartmentId, q: query.q, sort: query.sort };
    const limit = query.limit ?? DISBURSEMENT_PROJECTS_PAGE;
    const selection = JSON.stringify(['projects', planId, query.asOf ?? null, filter, after ?? null, limit]);
    return this.readModels.get('disbursement', 'disbursement', selection, ifNoneMatch, async () => {
      const [overview, investorNames] = await Promise.all([this.overview(planId, query.asOf), filter.q ? this.departmentNames() : undefined]);
      const page = pageDisbursementProjects(overview.projects, filter, { after, limit }, investorNames);
      const response: DisbursementProjectPage = { items: page.items, total: page.total, nextCursor: page.nextAfter === null ? null : encodeCursor(page.nextAfter) };
      return JSON.stringify(response);
    });
  }

  /** Department names by id, for the projects search to find a project by its investor (a few dozen rows). */
  private async departmentNames(): Promise<Map<string, string>> {
    const departments = await this.dataSource.manager.find(DepartmentEntity, { select: { id: true, name: true } });
    return new Map(departments.map((d) => [d.id, d.name]));
  }

  private assertMonth(asOf: string | undefined): void {
    if (asOf !== undefined && !isDisbursementMonth(asOf)) throw validationFailed([{ field: 'asOf', message: 'must be a month YYYY-MM', rule: 'isMonth' }]);
  }

  private async computeOverview(planId: string, asOf: DisbursementMonth | null): Promise<DisbursementOverview> {
    const manager = this.dataSource.manager;
    const settings = await this.settings(manager, planId);
    const asOfMonth = asOf ?? (await latestReportedMonth(manager, planId));
    const [projects, deltas] = await Promise.all([projectsAsOf(manager, planId, asOfMonth), monthDeltas(manager, planId)]);
    return buildDisbursementOverview({ settings, projects, deltas, asOfMonth });
  }

  /** The plan-wide figure the disbursement work package shows: the same numbers as the page. */
  async summary(planId: string): Promise<DisbursementSummary> {
    const o = await this.overview(planId);
    return { planId, asOfMonth: o.asOfMonth, allocated: o.allocated, disbursed: o.disbursed, rate: o.rate, targetRate: o.targetRate, workPackageId: o.settings.workPackageId };
  }

  async updateSettings(actor: Actor, planId: string, input: UpdateDisbursementSettingsDto): Promise<DisbursementSettings> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.settings(manager, planId);
      const problems = validateMilestones(input.milestones, current.targetDate);
      if (problems.length > 0) throw validationFailed(problems);
      const workPackageId = input.workPackageId === undefined ? current.workPackageId : input.workPackageId;
      if (workPackageId && !(await manager.existsBy(WorkPackageEntity, { id: workPackageId, planId }))) throw validationFailed([{ field: 'workPackageId', message: 'is not a work package of this plan', rule: 'notFound' }]);
      const milestones = [...input.milestones].sort((a, b) => a.date.localeCompare(b.date)).map((m) => ({ date: m.date, rate: m.rate }));
      if (current.version === 0) {
        if (input.version !== 0) throw new DomainError('VERSION_CONFLICT', `Disbursement settings were changed by someone else (version 0, you sent ${input.version}); reload and try again.`);
        await manager.insert(DisbursementSettingsEntity, { planId, targetDate: current.targetDate, milestones, workPackageId });
      } else {
        const row = await manager.findOne(DisbursementSettingsEntity, { where: { planId }, lock: { mode: 'pessimistic_write' } });
        if (!row || row.version !== input.version) throw new DomainError('VERSION_CONFLICT', `Disbursement settings were changed by someone else (version ${row?.version}, you sent ${input.version}); reload and try again.`);
        await manager.update(DisbursementSettingsEntity, { planId }, { milestones, workPackageId, version: row.version + 1 });
      }
      const after = await this.settings(manager, planId);
      await this.audit.record(manager, { actor, entityType: 'disbursement_settings', entityId: planId, action: current.version === 0 ? 'create' : 'update', before: current.version === 0 ? null : current, after });
      return after;
    });
  }

  async template(): Promise<Buffer> {
    const departments = await this.dataSource.manager.find(DepartmentEntity, { where: { active: true }, order: { code: 'ASC' } });
    return buildTemplate(departments);
  }

  /** The difference the workbook would make; stores nothing. */
  async previewImport(actor: Actor, planId: string, file: UploadedWorkbook | undefined): Promise<DisbursementImportPreview> {
    const rows = await this.readRows(actor, planId, file);
    return this.diff(this.dataSource.manager, planId, rows);
  }

  /** Applies the workbook in one transaction with one audit event listing every change; a refused workbook stores nothing. */
  async importWorkbook(actor: Actor, planId: string, file: UploadedWorkbook | undefined): Promise<DisbursementImportResult> {
    const rows = await this.readRows(actor, planId, file);
    return this.dataSource.transaction(async (manager) => {
      // One import per plan at a time: two imports of overlapping rows would otherwise each see the other's state as stale.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('disbursement-import'), hashtext($1))`, [planId]);
      const preview = await this.diff(manager, planId, rows);
      const changed = preview.rows.filter((r) => r.status !== 'unchanged');
      const byKey = new Map(rows.map((r) => [`${r.code}|${r.month}`, r]));
      const changedProjects = new Map(changed.map((r) => [r.code, byKey.get(`${r.code}|${r.month}`) as DisbursementWorkbookRow]));
      const projects = [...changedProjects.values()];
      let created = 0;
      if (projects.length > 0) {
        const upserted = await manager.query<{ inserted: boolean }[]>(
          `INSERT INTO disbursement_projects AS p (plan_id, code, name, investor_department_id, capital_source, allocated)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::bigint[])
           ON CONFLICT (plan_id, code) DO UPDATE SET name = excluded.name, investor_department_id = excluded.investor_department_id,
             capital_source = excluded.capital_source, allocated = excluded.allocated, version = p.version + 1, updated_at = now()
           RETURNING (xmax = 0) AS inserted`,
          [planId, projects.map((r) => r.code), projects.map((r) => r.name), projects.map((r) => r.investorDepartmentId), projects.map((r) => r.capitalSource), projects.map((r) => String(r.allocated))],
        );
        created = upserted.filter((r) => r.inserted).length;
        await manager.query(
          `INSERT INTO disbursement_figures AS f (project_id, plan_id, month, cumulative, updated_by)
           SELECT p.id, $1, v.month, v.cumulative, $5 FROM unnest($2::text[], $3::text[], $4::bigint[]) AS v(code, month, cumulative)
           JOIN disbursement_projects p ON p.plan_id = $1 AND p.code = v.code
           ON CONFLICT (project_id, month) DO UPDATE SET cumulative = excluded.cumulative, updated_by = excluded.updated_by, updated_at = now()`,
          [planId, changed.map((r) => r.code), changed.map((r) => r.month), changed.map((r) => String(r.cumulative)), actor.id],
        );
      }
      const result: DisbursementImportResult = { months: preview.months, projectsCreated: created, projectsUpdated: projects.length - created, figuresWritten: changed.length, unchanged: preview.unchanged };
      await this.audit.record(manager, {
        actor,
        entityType: 'disbursement_import',
        entityId: planId,
        action: 'import',
        after: { ...result, file: file?.originalname ?? null, changes: changed.map((r) => ({ code: r.code, month: r.month, status: r.status, changedFields: r.changedFields, allocatedBefore: r.allocatedBefore, allocated: r.allocated, cumulativeBefore: r.cumulativeBefore, cumulative: r.cumulative })) },
      });
      return result;
    });
  }

  async createProject(actor: Actor, planId: string, input: CreateDisbursementProjectDto): Promise<DisbursementOverview['projects'][number]> {
    assertCanWriteDisbursementOf(actor, input.investorDepartmentId);
    return this.dataSource.transaction(async (manager) => {
      await this.settings(manager, planId);
      await this.assertDepartment(manager, input.investorDepartmentId);
      if (await manager.existsBy(DisbursementProjectEntity, { planId, code: input.code.trim() })) throw validationFailed([{ field: 'code', message: 'is already used by a project of this plan', rule: 'taken' }]);
      const saved = await manager.save(manager.create(DisbursementProjectEntity, { planId, code: input.code.trim(), name: input.name.trim(), investorDepartmentId: input.investorDepartmentId, capitalSource: input.capitalSource.trim(), allocated: input.allocated }));
      await this.audit.record(manager, { actor, entityType: 'disbursement_project', entityId: saved.id, action: 'create', after: projectAudit(saved) });
      return this.projectView(manager, saved);
    });
  }

  async updateProject(actor: Actor, id: string, input: UpdateDisbursementProjectDto): Promise<DisbursementOverview['projects'][number]> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, DisbursementProjectEntity, id, input.version, PROJECT);
      assertCanWriteDisbursementOf(actor, row.investorDepartmentId);
      if (input.investorDepartmentId !== undefined) {
        assertCanWriteDisbursementOf(actor, input.investorDepartmentId);
        await this.assertDepartment(manager, input.investorDepartmentId);
      }
      const before = projectAudit(row);
      const next = { name: input.name?.trim() ?? row.name, capitalSource: input.capitalSource?.trim() ?? row.capitalSource, allocated: input.allocated ?? row.allocated, investorDepartmentId: input.investorDepartmentId ?? row.investorDepartmentId };
      const [top] = await manager.query<{ top: string | null }[]>(`SELECT max(cumulative)::text AS top FROM disbursement_figures WHERE project_id = $1`, [id]);
      if (top.top !== null && Number(top.top) > next.allocated) throw validationFailed([{ field: 'allocated', message: `is below the ${top.top} đồng already disbursed`, rule: 'min', params: { min: Number(top.top) } }]);
      Object.assign(row, next);
      const saved = await manager.save(row);
      await this.audit.record(manager, { actor, entityType: 'disbursement_project', entityId: id, action: 'update', before, after: projectAudit(saved) });
      return this.projectView(manager, saved);
    });
  }

  /** Typed in: a project's cumulative figure for a month; the project's version guards it like an edit. */
  async setFigure(actor: Actor, id: string, month: string, input: SetDisbursementFigureDto): Promise<DisbursementOverview['projects'][number]> {
    if (!isDisbursementMonth(month)) throw validationFailed([{ field: 'month', message: 'must be a month YYYY-MM', rule: 'isMonth' }]);
    return this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, DisbursementProjectEntity, id, input.version, PROJECT);
      assertCanWriteDisbursementOf(actor, row.investorDepartmentId);
      if (input.cumulative > row.allocated) throw validationFailed([{ field: 'cumulative', message: `is above the allocation (${row.allocated} đồng)`, rule: 'max', params: { max: row.allocated } }]);
      const previous = await manager.findOne(DisbursementFigureEntity, { where: { projectId: id, month } });
      await manager.upsert(DisbursementFigureEntity, { projectId: id, planId: row.planId, month, cumulative: input.cumulative, updatedBy: actor.id }, ['projectId', 'month']);
      row.version += 1;
      const saved = await manager.save(row);
      await this.audit.record(manager, { actor, entityType: 'disbursement_project', entityId: id, action: 'update', before: { month, cumulative: previous?.cumulative ?? null }, after: { month, cumulative: input.cumulative } });
      return this.projectView(manager, saved);
    });
  }

  private async readRows(actor: Actor, planId: string, file: UploadedWorkbook | undefined): Promise<DisbursementWorkbookRow[]> {
    await this.settings(this.dataSource.manager, planId);
    const sheet = await readWorkbook(file);
    const [departments, aliases] = await Promise.all([this.dataSource.manager.find(DepartmentEntity, { where: { active: true } }), this.dataSource.manager.find(DepartmentAliasEntity)]);
    const reading = readDisbursementRows(sheet.header, sheet.rows, investorResolver(departments, aliases.map((a) => ({ key: a.aliasKey, departmentId: a.departmentId }))));
    if (!reading.ok) throw workbookInvalid(reading.problems);
    if (!can(actor.role, 'disbursement.manage')) {
      const foreign = reading.rows.filter((r) => r.investorDepartmentId !== actor.departmentId);
      if (foreign.length > 0) throw new DomainError('FORBIDDEN', `A department imports only the projects it invests in; ${foreign.length} row(s) name another investor.`, foreign.slice(0, 50).map((r) => ({ field: `C${r.row}`, message: `row ${r.row}: another department’s project`, rule: 'otherDepartment' as const })));
    }
    return reading.rows;
  }

  private async diff(manager: EntityManager, planId: string, rows: DisbursementWorkbookRow[]): Promise<DisbursementImportPreview> {
    const months = [...new Set(rows.map((r) => r.month))];
    const stored = new Map<string, StoredProjectState>();
    for (const s of await storedStates(manager, planId, months)) {
      stored.set(`${s.code}|${s.month}`, {
        code: s.code,
        name: s.name,
        investorDepartmentId: s.investor,
        capitalSource: s.source,
        allocated: Number(s.allocated),
        cumulativeThisMonth: s.this_month === null ? null : Number(s.this_month),
        cumulativeBefore: s.before === null ? null : Number(s.before),
      });
    }
    return diffDisbursementImport(rows, (code, month) => stored.get(`${code}|${month}`) ?? null);
  }

  private async assertDepartment(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.existsBy(DepartmentEntity, { id, active: true }))) throw validationFailed([{ field: 'investorDepartmentId', message: 'is not an active department', rule: 'notActiveDepartment' }]);
  }

  private async projectView(manager: EntityManager, row: DisbursementProjectEntity): Promise<DisbursementOverview['projects'][number]> {
    const settings = await this.settings(manager, row.planId);
    const month = await latestReportedMonth(manager, row.planId);
    const [view] = (await projectsAsOf(manager, row.planId, month)).filter((p) => p.id === row.id);
    const overview = buildDisbursementOverview({ settings, projects: [view], deltas: [], asOfMonth: month });
    return overview.projects[0];
  }
}

const projectAudit = (p: DisbursementProjectEntity) => ({ code: p.code, name: p.name, investorDepartmentId: p.investorDepartmentId, capitalSource: p.capitalSource, allocated: p.allocated, version: p.version });
