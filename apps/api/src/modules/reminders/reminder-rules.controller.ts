import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { ReminderRulesDto, ReminderRulesResponse } from './dtos/reminder-rules.dto';
import { ReminderRulesService } from './reminder-rules.service';

@ApiTags('reminders')
@Controller('plans/:id/reminder-rules')
export class ReminderRulesController {
  constructor(private readonly rules: ReminderRulesService) {}

  @Get()
  @Authenticated('plans.read')
  get(@IdParam() id: string): Promise<ReminderRulesResponse> {
    return this.rules.get(id);
  }

  @Put()
  @Authenticated('plans.breakdown')
  put(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReminderRulesDto): Promise<ReminderRulesResponse> {
    return this.rules.put(actor, id, body);
  }
}
