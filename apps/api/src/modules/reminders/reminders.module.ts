import { Module } from '@nestjs/common';
import { ReminderOutboxModule } from './reminder-outbox.module';
import { ReminderRulesController } from './reminder-rules.controller';
import { ReminderRulesService } from './reminder-rules.service';

/** API side of reminders: per-plan rules. Nothing here talks to Redis. */
@Module({
  imports: [ReminderOutboxModule],
  controllers: [ReminderRulesController],
  providers: [ReminderRulesService],
})
export class RemindersModule {}
