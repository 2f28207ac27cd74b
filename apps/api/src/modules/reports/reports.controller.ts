import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, PeriodicReport } from '@mandate/domain';
import type { Response } from 'express';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { DisbursementQuery } from '../disbursement/dtos/disbursement.dto';
import { IndicatorsAsOfQuery } from '../indicators/dtos/indicator.dtos';
import { WorkPackageFilterQuery } from '../work-packages/dtos/work-package-filter.query';
import { PeriodicReportQuery } from './dtos/periodic-report.query';
import { PeriodicReportService } from './periodic-report.service';
import { sendExport } from './export-response';
import { DOCX_TYPE, ReportExportsService, XLSX_TYPE } from './report-exports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly exports: ReportExportsService,
    private readonly periodic: PeriodicReportService,
  ) {}

  /** A plan's report for a period (2026-06, 2026-Q2, 2026-H1, 2026), figures as of the cut-off (default the 14th of its last month). */
  @Get('plans/:id/reports/periodic')
  @Authenticated('reports.read')
  periodicReport(@IdParam() id: string, @Query() query: PeriodicReportQuery): Promise<PeriodicReport> {
    return this.periodic.report(id, query);
  }

  @Get('plans/:id/reports/periodic.xlsx')
  @Authenticated('reports.read')
  @ApiProduces(XLSX_TYPE)
  async periodicWorkbook(@IdParam() id: string, @Query() query: PeriodicReportQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.periodicFile(await this.periodic.report(id, query), 'xlsx'));
  }

  @Get('plans/:id/reports/periodic.docx')
  @Authenticated('reports.read')
  @ApiProduces(DOCX_TYPE)
  async periodicDocument(@IdParam() id: string, @Query() query: PeriodicReportQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.periodicFile(await this.periodic.report(id, query), 'docx'));
  }

  /** The plan's indicators table (target, latest figure, % of target, status) as an Excel sheet. */
  @Get('plans/:id/indicators.xlsx')
  @Authenticated('plans.read')
  @ApiProduces(XLSX_TYPE)
  async indicatorsWorkbook(@IdParam() id: string, @Query() query: IndicatorsAsOfQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.indicatorsFile(id, query.asOf));
  }

  /** The plan's disbursement table (projects, investor, allocation, cumulative disbursed, rate, below the curve) as an Excel sheet. */
  @Get('plans/:id/disbursement.xlsx')
  @Authenticated('disbursement.read')
  @ApiProduces(XLSX_TYPE)
  async disbursementWorkbook(@IdParam() id: string, @Query() query: DisbursementQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.disbursementFile(id, query.asOf));
  }

  /** The task appendix of a plan (200, .xlsx), or for a large one `202 {"jobId"}` to poll at /api/exports/:jobId. */
  @Get('plans/:id/export.xlsx')
  @Authenticated('reports.read')
  @ApiProduces(XLSX_TYPE, 'application/json')
  async appendix(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: WorkPackageFilterQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.exportAppendix(actor, id, query));
  }

  /** A job's state (202 while it runs), or its file once done; kept a day, readable by the requester's role only. */
  @Get('exports/:jobId')
  @Authenticated('reports.read')
  @ApiProduces(XLSX_TYPE, 'application/json')
  async export(@CurrentActor() actor: Actor, @IdParam('jobId') jobId: string, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.export(actor, jobId));
  }
}
