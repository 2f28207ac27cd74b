import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '../../queue/queue.constants';
import { WorkPackagesRepository } from '../work-packages/work-packages.repository';
import { AppendixSource } from './appendix.source';
import { ExportQueue } from './export-queue';
import { ExportStorage } from './export-storage';
import { ReportExportLifecycle } from './report-export.lifecycle';
import { ReportExportProcessor } from './report-export.processor';

/** Worker side of reports: writes queued exports and sweeps expired ones. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Exports })],
  providers: [WorkPackagesRepository, AppendixSource, ExportQueue, ExportStorage, ReportExportProcessor, ReportExportLifecycle],
  exports: [ReportExportProcessor],
})
export class ReportsWorkerModule {}
