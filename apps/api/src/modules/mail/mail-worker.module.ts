import { Module } from '@nestjs/common';
import { MailCatcherService } from './mail-catcher.service';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';

/** Worker side: SMTP delivery and, in development, the local mail catcher. The mail queue itself is registered by the reminders worker module. */
@Module({
  providers: [MailService, MailProcessor, MailCatcherService],
})
export class MailWorkerModule {}
