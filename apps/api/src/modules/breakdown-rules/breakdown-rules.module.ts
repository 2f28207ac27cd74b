import { Module } from '@nestjs/common';
import { BreakdownRulesController } from './breakdown-rules.controller';
import { BreakdownRulesService } from './breakdown-rules.service';

@Module({
  controllers: [BreakdownRulesController],
  providers: [BreakdownRulesService],
})
export class BreakdownRulesModule {}
