import { Queue } from 'bullmq';
import type { AppConfig } from '../src/config/app-config';
import { ReminderSchedulerService } from '../src/modules/reminders/reminder-scheduler.service';
import { ExportSchedulers, JobName, QueueName, ReminderSchedulers } from '../src/queue/queue.constants';
import { redisOptionsFromUrl } from '../src/queue/queue-connection';
import { applyTestEnv } from './support/test-env';

applyTestEnv();

describe('reminder job schedulers', () => {
  const prefix = `test-schedulers-${process.pid}-${Date.now()}`;
  let reminders: Queue;

  beforeAll(() => {
    reminders = new Queue(QueueName.Reminders, { connection: redisOptionsFromUrl(process.env.REDIS_URL as string), prefix });
  });
  afterAll(async () => {
    await reminders.obliterate({ force: true });
    await reminders.close();
  });

  it('keeps only the reminder schedulers on the reminders queue: the export sweep left there by earlier versions is removed (its jobs failed every ten minutes, "Unknown job SweepExports on reminders")', async () => {
    const { id, pattern } = ExportSchedulers.sweepExports;
    await reminders.upsertJobScheduler(id, { pattern }, { name: JobName.SweepExports });
    const config = { REDIS_COMMAND_TIMEOUT_MS: 5000, REMINDER_UNIT_MS: 86_400_000, REMINDER_TIME_ORIGIN_MS: undefined, REMINDER_OVERDUE_MAX_DAYS: 30 } as unknown as AppConfig;
    const sut = new ReminderSchedulerService(reminders, config);

    await sut.upsertSchedulers();
    await sut.upsertSchedulers();

    const kept = await reminders.getJobSchedulers();
    expect(kept.map((s) => s.key).sort()).toEqual(Object.values(ReminderSchedulers).map((s) => s.id).sort());
    expect(kept.map((s) => s.name)).not.toContain(JobName.SweepExports);
  });
});
