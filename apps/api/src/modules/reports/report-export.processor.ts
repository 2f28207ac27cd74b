import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mandate/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource, LessThan } from 'typeorm';
import { EXPORT_JOB_OPTIONS, ExportReportData, JobName, QueueName, WORKER_CONCURRENCY } from '../../queue/queue.constants';
import { AppendixSource } from './appendix.source';
import { writeAppendixWorkbook } from './appendix.workbook';
import { ExportQueue } from './export-queue';
import { ExportStorage } from './export-storage';
import { ReportExportEntity } from './report-export.entity';

export type ExportOutcome = 'done' | 'skipped-gone' | 'skipped-done';

// Progress is written at most this often, so a 100,000-row export costs a handful of updates.
const PROGRESS_EVERY_MS = 500;

@Processor(QueueName.Exports, { concurrency: WORKER_CONCURRENCY[QueueName.Exports] })
export class ReportExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ReportExportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly source: AppendixSource,
    private readonly storage: ExportStorage,
    private readonly queue: ExportQueue,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.ExportReport:
        return this.run((job.data as ExportReportData).exportId);
      case JobName.SweepExports:
        return this.sweep(new Date());
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} on ${QueueName.Exports}`);
    }
  }

  /** Re-reads the export row; writes the workbook to a part file, then publishes it and marks the row done. */
  async run(exportId: string): Promise<ExportOutcome> {
    const repo = this.dataSource.getRepository(ReportExportEntity);
    const row = await repo.findOne({ where: { id: exportId } });
    if (!row) return 'skipped-gone';
    if (row.status === 'done') return 'skipped-done';
    await repo.update({ id: row.id }, { status: 'running', progress: 0 });
    const reader: Actor = { id: row.requesterId, role: row.requesterRole, departmentId: row.requesterDepartmentId };
    const total = Math.max(1, await this.source.count(row.params));
    const plan = await this.source.plan(row.planId);
    const file = await this.storage.create(row.id);
    let lastWrite = 0;
    try {
      const input = await this.source.workbookInput(reader, plan, row.params);
      await writeAppendixWorkbook(file.stream, {
        ...input,
        onProgress: async (written) => {
          if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = Date.now();
          await repo.update({ id: row.id }, { progress: Math.min(99, Math.floor((written / total) * 100)) });
        },
      });
      const key = await file.keep();
      await repo.update({ id: row.id }, { status: 'done', progress: 100, fileKey: key, finishedAt: new Date() });
      return 'done';
    } catch (error) {
      file.stream.destroy();
      await this.storage.remove(row.id);
      throw error;
    }
  }

  /** Removes expired exports and their files; re-queues exports whose job was lost (Redis down when asked). */
  async sweep(now: Date): Promise<{ removed: number; requeued: number }> {
    const repo = this.dataSource.getRepository(ReportExportEntity);
    const expired = await repo.find({ where: { expiresAt: LessThan(now) }, select: { id: true } });
    for (const { id } of expired) {
      await this.storage.remove(id);
      await repo.delete({ id });
    }
    const waiting = await repo.find({ where: { status: 'queued', createdAt: LessThan(new Date(now.getTime() - 60_000)) }, select: { id: true } });
    for (const { id } of waiting) await this.queue.add(id);
    return { removed: expired.length, requeued: waiting.length };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    this.logger.warn(`Export job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
    const exportId = (job?.data as ExportReportData | undefined)?.exportId;
    if (job?.name !== JobName.ExportReport || !exportId) return;
    if (job.attemptsMade >= (EXPORT_JOB_OPTIONS.attempts ?? 1) || error instanceof UnrecoverableError) {
      await this.dataSource.getRepository(ReportExportEntity).update({ id: exportId }, { status: 'failed', error: error.message.slice(0, 500), finishedAt: new Date() });
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Export worker: ${error.message}`);
  }
}
