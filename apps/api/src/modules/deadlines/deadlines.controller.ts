import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/access.decorators';
import { DeadlinesService } from './deadlines.service';
import { DeadlineSummaryResponse } from './dtos/deadline-summary-response.dto';
import { DeadlineSummaryQuery } from './dtos/deadline-summary.query';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get('summary')
  @Authenticated('deadlines.read')
  summary(@Query() query: DeadlineSummaryQuery): Promise<DeadlineSummaryResponse> {
    return this.deadlines.summary(query);
  }
}
