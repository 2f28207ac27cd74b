import { Module } from '@nestjs/common';
import { ReminderOutboxModule } from '../reminders/reminder-outbox.module';
import { BreakdownService } from './breakdown.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [ReminderOutboxModule],
  controllers: [PlansController],
  providers: [PlansService, BreakdownService],
  exports: [PlansService, BreakdownService],
})
export class PlansModule {}
