import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '../../queue/queue.constants';
import { PeriodicRemindersService } from './periodic-reminders.service';
import { ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderReconciliationService } from './reminder-reconciliation.service';
import { ReminderRelayService } from './reminder-relay.service';
import { ReminderSchedulerService } from './reminder-scheduler.service';
import { ReminderWorkerLifecycle } from './reminder-worker.lifecycle';
import { ReminderProcessor } from './reminder.processor';
import { SupervisionRemindersService } from '../supervision/jobs/supervision-reminders.service';

/** Worker side: the outbox relay, the reminder processor, periodic sweeps and reconciliation. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }, { name: QueueName.Mail })],
  providers: [ReminderSchedulerService, SupervisionRemindersService, ReminderRelayService, ReminderDeliveryService, PeriodicRemindersService, ReminderReconciliationService, ReminderWorkerLifecycle, ReminderProcessor],
  exports: [SupervisionRemindersService, ReminderRelayService, ReminderReconciliationService, ReminderWorkerLifecycle, ReminderSchedulerService, ReminderProcessor],
})
export class RemindersWorkerModule {}
