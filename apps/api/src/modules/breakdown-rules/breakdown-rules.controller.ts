import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, ItemList } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { BreakdownRulesService } from './breakdown-rules.service';
import { BreakdownRuleResponse } from './dtos/breakdown-rule-response.dto';
import { CreateBreakdownRuleDto } from './dtos/create-breakdown-rule.dto';
import { UpdateBreakdownRuleDto } from './dtos/update-breakdown-rule.dto';

@ApiTags('breakdown-rules')
@Controller('breakdown-rules')
export class BreakdownRulesController {
  constructor(private readonly rules: BreakdownRulesService) {}

  @Get()
  @Authenticated('departments.read')
  list(@CurrentActor() actor: Actor): Promise<ItemList<BreakdownRuleResponse>> {
    return this.rules.list(actor);
  }

  @Post()
  @Authenticated('departments.manage')
  create(@CurrentActor() actor: Actor, @Body() body: CreateBreakdownRuleDto): Promise<BreakdownRuleResponse> {
    return this.rules.create(actor, body);
  }

  @Patch(':id')
  @Authenticated('departments.manage')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateBreakdownRuleDto): Promise<BreakdownRuleResponse> {
    return this.rules.update(actor, id, body);
  }
}
