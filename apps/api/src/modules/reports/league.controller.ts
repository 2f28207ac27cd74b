import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LeagueTable } from '@mandate/domain';
import { Authenticated } from '../../common/auth/access.decorators';
import { LeagueQuery } from './dtos/league.query';
import { LeagueService } from './league.service';
import { sendExport } from './export-response';
import { ReportExportsService, XLSX_TYPE } from './report-exports.service';

@ApiTags('reports')
@Controller('reports')
export class LeagueController {
  constructor(
    private readonly league: LeagueService,
    private readonly exports: ReportExportsService,
  ) {}

  /** Every role that reads reports: it compares departments on the cards everyone reads. */
  @Get('league')
  @Authenticated('reports.read')
  table(@Query() query: LeagueQuery): Promise<LeagueTable> {
    return this.league.table(query);
  }

  /** The same table as a sheet of the Excel exports (A4 landscape, header repeated on every printed page). */
  @Get('league.xlsx')
  @Authenticated('reports.read')
  @ApiProduces(XLSX_TYPE)
  async workbook(@Query() query: LeagueQuery, @Res() res: Response): Promise<void> {
    await sendExport(res, await this.exports.leagueFile(query));
  }
}
