import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './reminder-harness';

/** One `node worker.js` started by a test, with the tail of its output for a failure message. */
export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

/** The built worker: tests that SIGKILL the worker run `node worker.js` as production does. */
export function builtWorkerScript(): string {
  const dist = process.env.MANDATE_API_DIST;
  if (!dist) throw new Error('MANDATE_API_DIST is not set: build the API first (npx nx build api) and set MANDATE_API_DIST to its output (dist/apps/api); scripts/test-all.sh does both.');
  const script = join(dist, 'worker.js');
  if (!existsSync(script)) throw new Error(`${script} does not exist: build the API first (npx nx build api) so MANDATE_API_DIST holds worker.js.`);
  return script;
}

export const isRunning = (w: WorkerProcess): boolean => w.child.exitCode === null && w.child.signalCode === null;

/** The worker processes one test file starts: spawned with the test's environment, all SIGKILLed at the end. */
export class WorkerProcesses {
  private readonly workers: WorkerProcess[] = [];

  /** `env` is read at each spawn, since a test learns its SMTP port only once it runs. */
  constructor(
    private readonly script: () => string,
    private readonly env: () => NodeJS.ProcessEnv,
  ) {}

  spawn(): WorkerProcess {
    const child = spawn(process.execPath, [this.script()], { env: { ...process.env, ...this.env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const worker = { child, output: () => log, exited };
    this.workers.push(worker);
    return worker;
  }

  readonly killAll = async (): Promise<void> => {
    for (const w of this.workers.splice(0)) {
      if (isRunning(w)) w.child.kill('SIGKILL');
      await w.exited;
    }
  };

  /** Adds every worker's output to a failure, since the worker runs in another process. */
  async explained<T>(what: Promise<T>): Promise<T> {
    try {
      return await what;
    } catch (error) {
      const logs = this.workers.map((w, i) => `--- worker ${i + 1} (exit ${w.child.exitCode ?? w.child.signalCode ?? 'running'}) ---\n${w.output() || '(no output)'}`).join('\n');
      throw new Error(`${(error as Error).message}\n${logs}`);
    }
  }

  /** Waits until `ready` says the worker is connected and syncing; fails at once if it died. */
  whenStarted(w: WorkerProcess, ready: () => Promise<boolean>, timeoutMs: number): Promise<true> {
    return this.explained(
      waitFor(async () => {
        if (!isRunning(w)) throw new Error(`the worker exited (${w.child.exitCode ?? w.child.signalCode})`);
        return (await ready()) || undefined;
      }, 'the worker process to start', timeoutMs),
    );
  }
}
