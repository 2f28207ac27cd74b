import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LeagueTable } from '@mandate/domain';
import { Authenticated } from '../../common/auth/access.decorators';
import { LeagueQuery } from './dtos/league.query';
import { LeagueService } from './league.service';

@ApiTags('reports')
@Controller('reports')
export class LeagueController {
  constructor(private readonly league: LeagueService) {}

  /** Every role that reads reports: it compares departments on the cards everyone reads. */
  @Get('league')
  @Authenticated('reports.read')
  table(@Query() query: LeagueQuery): Promise<LeagueTable> {
    return this.league.table(query);
  }
}
