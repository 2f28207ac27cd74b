import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '@mandate/domain';
import type { Response } from 'express';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { AppendixExportQuery } from './dtos/appendix-export.query';
import { sendExport } from './export-response';
import { ReportExportsService, XLSX_TYPE } from './report-exports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly exports: ReportExportsService) {}

  /** The task appendix of a plan (200, .xlsx), or for a large one `202 {"jobId"}` to poll at /api/exports/:jobId. */
  @Get('plans/:id/export.xlsx')
  @Authenticated('reports.read')
  @ApiProduces(XLSX_TYPE, 'application/json')
  async appendix(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AppendixExportQuery, @Res() res: Response): Promise<void> {
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
