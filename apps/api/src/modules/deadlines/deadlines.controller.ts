import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DeadlineSummary } from '@mandate/domain';
import { Authenticated } from '../../common/auth/access.decorators';
import { DeadlinesService } from './deadlines.service';
import { DeadlineSummaryQuery } from './dtos/deadline-summary.query';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get('summary')
  @Authenticated('deadlines.read')
  summary(@Query() query: DeadlineSummaryQuery): Promise<DeadlineSummary> {
    return this.deadlines.summary(query);
  }
}
