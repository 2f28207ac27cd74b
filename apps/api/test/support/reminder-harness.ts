import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { addDays, todayIn } from '@mandate/domain';
import { spawn, ChildProcess } from 'node:child_process';
import { createServer, AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { headerOf, textBodyOf } from '../../src/modules/mail/mail-headers';
import { ReminderWorkerLifecycle } from '../../src/modules/reminders/reminder-worker.lifecycle';
import { WorkerModule } from '../../src/worker.module';

/** Compressed time for reminder tests: one reminder "day" is a second, and today's date falls on `origin`. */
export const UNIT_MS = 1000;

export function applyReminderEnv(overrides: Record<string, string> = {}): { originMs: number } {
  const originMs = Date.now();
  Object.assign(process.env, {
    REMINDER_UNIT_MS: String(UNIT_MS),
    REMINDER_TIME_ORIGIN_MS: String(originMs),
    REMINDER_RELAY_POLL_MS: '200',
    REMINDER_OVERDUE_MAX_DAYS: '5',
    REDIS_COMMAND_TIMEOUT_MS: '1500',
    QUEUE_PREFIX: `test-${process.pid}-${originMs}`,
    ...overrides,
  });
  return { originMs };
}

/** Other suites leave users of their own (in the seeded departments too); reminder suites count deliveries, so only the demo accounts may receive any. */
export async function muteUsersOtherThanDemo(dataSource: DataSource): Promise<void> {
  await dataSource.query(`UPDATE users SET notify_in_app = false, notify_email = false WHERE username <> ALL($1::text[])`, [['admin', 'ubnd', 'hdnd', 'so-tai-chinh', 'so-du-lich', 'so-giao-duc']]);
}

/** The due date whose compressed due instant is at least `seconds` from now. */
export function dueDateIn(originMs: number, seconds: number): string {
  return addDays(todayIn(new Date(originMs)), Math.ceil((Date.now() + seconds * UNIT_MS - originMs) / UNIT_MS));
}

/** The worker module in-process, as `node worker.js` runs it. */
export async function startWorker(): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  const worker = await moduleRef.init();
  await worker.get(ReminderWorkerLifecycle).whenSynced();
  return worker;
}

export interface CaughtMessage {
  to: string[];
  subject: string | null;
  messageId: string | null;
  text: string;
}

/** A real SMTP listener on loopback: what the worker's nodemailer transport sends arrives here. */
export async function startSmtpListener(): Promise<{ port: number; messages: CaughtMessage[]; close: () => Promise<void> }> {
  const messages: CaughtMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: headerOf(raw, 'subject'), messageId: headerOf(raw, 'message-id'), text: textBodyOf(raw) });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls until `check` returns a value that is not undefined/false, or fails with the last value after the deadline. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A private, throwaway Redis for tests that stop it, so the shared test Redis is never touched. */
export class PrivateRedis {
  private process: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.process = null;
  }
}
