import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REMINDER_OUTBOX_CHANNEL } from './reminder-outbox.service';
import { SupervisionRemindersService } from '../supervision/jobs/supervision-reminders.service';
import { ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderSchedulerService } from './reminder-scheduler.service';
import { loadReminderStates, saveScheduledJobs } from './reminder-state';

const MAX_BACKOFF_MS = 5000;

/**
 * Moves outbox intents into BullMQ. Each batch is claimed with FOR UPDATE SKIP LOCKED and deleted only after Redis accepted it,
 * in the same transaction: a crash or a Redis outage leaves the intents in Postgres for the next pass.
 */
@Injectable()
export class ReminderRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderRelayService.name);
  private stopped = true;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;
  private listener: Client | null = null;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ReminderSchedulerService,
    private readonly supervision: SupervisionRemindersService,
    private readonly deliveries: ReminderDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    void this.listen();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.nudge();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Wakes the loop now instead of at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Drains everything currently in the outbox; returns how many intents moved. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < this.config.REMINDER_RELAY_BATCH) return total;
    }
  }

  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; workPackageId: string | null; supervisionRequestId: string | null; reason: string }[] = await manager.query(
        `SELECT id, work_package_id AS "workPackageId", supervision_request_id AS "supervisionRequestId", reason FROM reminder_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.REMINDER_RELAY_BATCH],
      );
      if (rows.length === 0) return 0;
      await this.supervision.apply(manager, [...new Set(rows.flatMap((r) => r.supervisionRequestId ?? []))]);
      await this.deliveries.enqueuePendingEventEmails(manager, [...new Set(rows.flatMap((r) => (r.reason === 'event' && r.workPackageId) || []))]);
      const ids = [...new Set(rows.flatMap((r) => (r.reason !== 'event' && r.workPackageId) || []))];
      // Locks the schedule rows too, so two relays never apply the same package out of order.
      await manager.query(`SELECT 1 FROM reminder_schedules WHERE work_package_id = ANY($1::uuid[]) FOR UPDATE`, [ids]);
      const states = await loadReminderStates(manager, ids);
      await saveScheduledJobs(manager, await this.scheduler.apply(states));
      await manager.query(`DELETE FROM reminder_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let moved = 0;
      try {
        moved = await this.relayBatch();
        if (this.failures > 0) this.logger.log('Reminder relay recovered');
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1 || this.failures % 30 === 0) this.logger.warn(`Reminder relay cannot move intents yet (attempt ${this.failures}): ${(error as Error).message}`);
      }
      if (moved === this.config.REMINDER_RELAY_BATCH && this.failures === 0) continue;
      const wait = this.failures > 0 ? Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 6)) : this.config.REMINDER_RELAY_POLL_MS;
      await this.sleep(wait);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.nudged || this.stopped) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        this.nudged = false;
        done();
      };
    });
  }

  /** LISTEN on a connection of its own; if it drops, polling still moves everything and the listener comes back. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.nudge());
    client.on('error', (error) => {
      this.logger.warn(`Reminder relay listener lost: ${error.message}`);
      void client.end().catch(() => undefined);
      if (this.listener === client) this.listener = null;
      setTimeout(() => void this.listen(), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${REMINDER_OUTBOX_CHANNEL}`);
      this.listener = client;
      if (this.stopped) await client.end();
    } catch (error) {
      this.logger.warn(`Reminder relay cannot LISTEN yet: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), 2000).unref();
    }
  }
}
