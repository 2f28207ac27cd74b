import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReminderOutboxModule } from '../reminders/reminder-outbox.module';
import { EvidenceStorage } from '../work-packages/evidence-storage';
import { SupervisionController, SupervisionSettingsController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

/** The HĐND's supervision register (API side; its reminders run in the worker, see jobs/). */
@Module({
  imports: [
    ReminderOutboxModule,
    // Response files land on the evidence volume first, as progress-report evidence does.
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ dest: new EvidenceStorage(config).ensurePrivateDirs() }) }),
  ],
  controllers: [SupervisionController, SupervisionSettingsController],
  providers: [SupervisionService, EvidenceStorage],
})
export class SupervisionModule {}
