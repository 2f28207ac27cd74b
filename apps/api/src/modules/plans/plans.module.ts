import { Module } from '@nestjs/common';
import { BreakdownService } from './breakdown.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  controllers: [PlansController],
  providers: [PlansService, BreakdownService],
  exports: [PlansService, BreakdownService],
})
export class PlansModule {}
