import { Module } from '@nestjs/common';
import { ReminderOutboxService } from './reminder-outbox.service';

/** The only part of reminders the API's request path needs: outbox writes inside its transactions. */
@Module({
  providers: [ReminderOutboxService],
  exports: [ReminderOutboxService],
})
export class ReminderOutboxModule {}
