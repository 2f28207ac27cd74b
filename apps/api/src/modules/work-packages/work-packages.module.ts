import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReminderOutboxModule } from '../reminders/reminder-outbox.module';
import { AttachmentsController } from './attachments.controller';
import { DeadlineExtensionsService } from './deadline-extensions.service';
import { EvidenceStorage } from './evidence-storage';
import { EvidenceSweeperService } from './evidence-sweeper.service';
import { WorkPackageActivityController } from './work-package-activity.controller';
import { WorkPackageActivityService } from './work-package-activity.service';
import { WorkPackageTransitionsService } from './work-package-transitions.service';
import { WorkPackageNotifier } from './work-package-notifier';
import { WorkPackageWriter } from './work-package.writer';
import { WorkPackagesController } from './work-packages.controller';
import { WorkPackagesRepository } from './work-packages.repository';
import { WorkPackagesService } from './work-packages.service';

@Module({
  imports: [
    ReminderOutboxModule,
    // Uploads land on the upload volume first, so a kept file is renamed, never copied, and memory stays flat.
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ dest: new EvidenceStorage(config).ensurePrivateDirs() }) }),
  ],
  controllers: [WorkPackagesController, WorkPackageActivityController, AttachmentsController],
  providers: [WorkPackagesRepository, WorkPackageWriter, WorkPackagesService, WorkPackageTransitionsService, WorkPackageActivityService, DeadlineExtensionsService, WorkPackageNotifier, EvidenceStorage, EvidenceSweeperService],
  exports: [WorkPackagesRepository, WorkPackageWriter],
})
export class WorkPackagesModule {}
