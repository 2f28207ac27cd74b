import { Module } from '@nestjs/common';
import { WorkPackagesModule } from '../work-packages/work-packages.module';
import { BreakdownService } from './breakdown.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [WorkPackagesModule],
  controllers: [PlansController],
  providers: [PlansService, BreakdownService],
  exports: [PlansService, BreakdownService],
})
export class PlansModule {}
