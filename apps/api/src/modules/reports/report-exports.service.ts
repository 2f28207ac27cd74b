import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertIsoDate,
  canReadExport,
  DomainError,
  EXPORT_KEEP_MS,
  ExportJobStatus,
  PeriodicReport,
  foldText,
} from '@mandate/domain';
import type { Readable, Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { DisbursementService } from '../disbursement/disbursement.service';
import { IndicatorsService } from '../indicators/indicators.service';
import { asOfDate } from '../work-packages/as-of-date';
import { WorkPackageFilterQuery } from '../work-packages/dtos/work-package-filter.query';
import { AppendixExportParams } from './appendix-export.params';
import { AppendixPlan, AppendixSource } from './appendix.source';
import { writeAppendixWorkbook } from './appendix.workbook';
import { LeagueQuery } from './dtos/league.query';
import { LeagueService } from './league.service';
import { leagueWorkbook } from './league.workbook';
import { indicatorsWorkbook } from './indicators.workbook';
import { disbursementWorkbook } from './disbursement.workbook';
import { ExportQueue } from './export-queue';
import { ExportStorage } from './export-storage';
import { periodicReportDocx } from './periodic-report.docx';
import { periodicReportWorkbook } from './periodic-report.workbook';
import { ReportExportEntity } from './report-export.entity';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file written into the response, or a job to poll. */
export type ExportResult =
  | { kind: 'file'; fileName: string; contentType: string; write: (out: Writable) => Promise<unknown> }
  | { kind: 'stored'; fileName: string; contentType: string; stream: Readable }
  | { kind: 'job'; status: ExportJobStatus };

const slug = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** "318/NQ-HĐND — Về kế hoạch …": a plan named on a sheet's title line. */
const planLabelOf = (plan: AppendixPlan): string => (plan.number ? `${plan.number} — ${plan.title}` : plan.title);

export const appendixFileName = (plan: AppendixPlan, asOf: string): string => `phu-luc-nhiem-vu-${slug(plan.number ?? plan.title) || 'ke-hoach'}-${asOf}.xlsx`;

export const mapExportStatus = (row: ReportExportEntity): ExportJobStatus => ({
  jobId: row.id,
  status: row.status,
  progress: row.progress,
  fileName: row.fileName,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

@Injectable()
export class ReportExportsService {
  private readonly logger = new Logger(ReportExportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly source: AppendixSource,
    private readonly queue: ExportQueue,
    private readonly storage: ExportStorage,
    private readonly audit: AuditService,
    private readonly league: LeagueService,
    private readonly indicators: IndicatorsService,
    private readonly disbursement: DisbursementService,
  ) {}

  /** The appendix in the response when it is small; a worker job (202) when it holds more than EXPORT_INLINE_MAX_ROWS packages. */
  async exportAppendix(actor: Actor, planId: string, query: WorkPackageFilterQuery): Promise<ExportResult> {
    const params: AppendixExportParams = {
      planId,
      asOf: asOfDate(query.asOf),
      departmentId: query.departmentId,
      status: query.status,
      category: query.category,
      q: query.q,
      dueFrom: query.dueFrom ? assertIsoDate(query.dueFrom, 'dueFrom') : undefined,
      dueTo: query.dueTo ? assertIsoDate(query.dueTo, 'dueTo') : undefined,
    };
    const plan = await this.source.plan(planId);
    const fileName = appendixFileName(plan, params.asOf);
    const count = await this.source.count(params);
    if (count > this.config.EXPORT_INLINE_MAX_ROWS) return { kind: 'job', status: await this.enqueue(actor, params, fileName) };
    const input = await this.source.workbookInput(actor, plan, params);
    return { kind: 'file', fileName, contentType: XLSX_TYPE, write: (out) => writeAppendixWorkbook(out, input) };
  }

  /** The periodic report as a file; small (counts and lists), so written in the request. */
  async periodicFile(report: PeriodicReport, format: 'xlsx' | 'docx'): Promise<ExportResult> {
    const fileName = `bao-cao-${slug(report.plan.number ?? report.plan.title) || 'ke-hoach'}-${report.period.key.toLowerCase()}.${format}`;
    const body = format === 'xlsx' ? await periodicReportWorkbook(report) : await periodicReportDocx(report);
    return { kind: 'file', fileName, contentType: format === 'xlsx' ? XLSX_TYPE : DOCX_TYPE, write: async (out) => void out.end(body) };
  }

  /** The league table of a plan and period as a sheet: the same numbers as `GET /api/reports/league`, written in the request. */
  async leagueFile(query: LeagueQuery): Promise<ExportResult> {
    const plan = query.planId ? await this.source.plan(query.planId) : null;
    const table = await this.league.table(query);
    const names = await this.departmentNames(table.items.map((r) => r.departmentId));
    const planLabel = plan ? planLabelOf(plan) : null;
    const body = await leagueWorkbook({ table, planLabel, departmentName: (id) => names.get(id) ?? '' });
    const window = table.window.from && table.window.to ? `${table.window.from}-${table.window.to}` : table.window.asOf;
    const fileName = `bang-xep-hang-${(plan && slug(plan.number ?? plan.title)) || 'tat-ca'}-${window}.xlsx`;
    return { kind: 'file', fileName, contentType: XLSX_TYPE, write: async (out) => void out.end(body) };
  }

  /** The plan's indicators table as a sheet: the same figures and statuses as `GET /api/plans/:id/indicators`. */
  async indicatorsFile(planId: string, asOf?: string): Promise<ExportResult> {
    const plan = await this.source.plan(planId);
    const list = await this.indicators.list(planId, asOf);
    const body = await indicatorsWorkbook({ planLabel: planLabelOf(plan), asOf: list.asOf, indicators: list.items });
    return { kind: 'file', fileName: `chi-tieu-${slug(plan.number ?? plan.title) || 'ke-hoach'}-${list.asOf}.xlsx`, contentType: XLSX_TYPE, write: async (out) => void out.end(body) };
  }

  /** The plan's disbursement table as a sheet: the same projects and figures as `GET /api/plans/:id/disbursement`. */
  async disbursementFile(planId: string, asOf?: string): Promise<ExportResult> {
    const plan = await this.source.plan(planId);
    const overview = await this.disbursement.overview(planId, asOf);
    const names = await this.departmentNames(overview.projects.map((p) => p.investorDepartmentId));
    const body = await disbursementWorkbook({ planLabel: planLabelOf(plan), overview, departmentName: (id) => names.get(id) ?? '' });
    const fileName = `giai-ngan-${slug(plan.number ?? plan.title) || 'ke-hoach'}${overview.asOfMonth ? `-${overview.asOfMonth}` : ''}.xlsx`;
    return { kind: 'file', fileName, contentType: XLSX_TYPE, write: async (out) => void out.end(body) };
  }

  /** The job's state, or its file once done; another role's export is 403, an expired or unknown one 404. */
  async export(actor: Actor, jobId: string): Promise<ExportResult> {
    const row = await this.dataSource.manager.findOne(ReportExportEntity, { where: { id: jobId } });
    if (!row || row.expiresAt.getTime() <= Date.now()) throw new DomainError('NOT_FOUND', 'Export not found; exports are kept for a day.');
    if (!canReadExport(actor, row)) throw new DomainError('FORBIDDEN', 'Only users of the role that asked for this export can read it.');
    if (row.status !== 'done' || !row.fileKey) return { kind: 'job', status: mapExportStatus(row) };
    return { kind: 'stored', fileName: row.fileName, contentType: XLSX_TYPE, stream: this.storage.read(row.fileKey) };
  }

  private async departmentNames(ids: string[]): Promise<Map<string, string>> {
    const departments: { id: string; name: string }[] = await this.dataSource.query(`SELECT id::text AS id, name FROM departments WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(departments.map((d) => [d.id, d.name]));
  }

  private async enqueue(actor: Actor, params: AppendixExportParams, fileName: string): Promise<ExportJobStatus> {
    const row = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ReportExportEntity, {
          kind: 'appendix',
          planId: params.planId,
          requesterId: actor.id,
          requesterRole: actor.role,
          requesterDepartmentId: actor.departmentId,
          params,
          fileName,
          expiresAt: new Date(Date.now() + EXPORT_KEEP_MS),
        }),
      );
      await this.audit.record(manager, { actor, entityType: 'report_export', entityId: saved.id, action: 'create', after: { kind: 'appendix', params } });
      return saved;
    });
    try {
      await this.queue.add(row.id);
    } catch (error) {
      // The worker's sweep re-queues a waiting export once Redis is back; the client still gets its job to poll.
      this.logger.warn(`Export ${row.id} not queued yet: ${(error as Error).message}`);
    }
    return mapExportStatus(row);
  }
}
