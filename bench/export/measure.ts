import { readFileSync, writeFileSync } from 'node:fs';
import { BENCH_PASSWORD, BENCH_USER } from '../board/bench-account';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28380';
const PIDS: Record<string, number> = { api: Number(process.env.API_PID), worker: Number(process.env.WORKER_PID) };

/** Resident memory of a process in MB, from /proc (VmRSS now, VmHWM the kernel's peak since start). */
const memory = (pid: number): { rss: number; hwm: number } => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
};

/** CPU time a process has used, in clock ticks (utime + stime of /proc/PID/stat). */
const cpuTicks = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/**
 * Waits until the worker is idle (under 5 ticks of CPU a second, three seconds running): on start it schedules the
 * reminders of the 100,000 seeded packages, all due at once, which is not the export's memory. At most 5 minutes.
 */
async function waitForIdle(pid: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let last = cpuTicks(pid);
  while (quiet < 3 && Date.now() - started < 300_000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuTicks(pid);
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
  }
  return (Date.now() - started) / 1000;
}

/** Resets the kernel's peak (VmHWM) to the current RSS, so the peak read afterwards is the export's. */
const resetPeak = (pid: number): boolean => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};

async function main(): Promise<void> {
  const login = await fetch(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const plans = (await (await fetch(`${BASE}/api/plans`, { headers })).json()) as { items: { id: string; number: string }[] };
  const plan = plans.items.find((p) => p.number === 'BENCH-EXPORT/NQ-HĐND');
  if (!plan) throw new Error('The benchmark plan is missing');

  const idleAfter = await waitForIdle(PIDS.worker);
  const startup = Object.fromEntries(Object.entries(PIDS).map(([name, pid]) => [name, memory(pid)]));
  const reset = Object.values(PIDS).every(resetPeak);
  const before = Object.fromEntries(Object.entries(PIDS).map(([name, pid]) => [name, memory(pid)]));
  const peak: Record<string, number> = { api: 0, worker: 0 };
  const sampler = setInterval(() => {
    for (const [name, pid] of Object.entries(PIDS)) peak[name] = Math.max(peak[name], memory(pid).rss);
  }, 50);

  const started = Date.now();
  let response = await fetch(`${BASE}/api/plans/${plan.id}/export.xlsx?asOf=2026-07-01`, { headers });
  let mode = 'inline';
  if (response.status === 202) {
    mode = 'job';
    const { jobId } = (await response.json()) as { jobId: string };
    do {
      await new Promise((resolve) => setTimeout(resolve, 250));
      response = await fetch(`${BASE}/api/exports/${jobId}`, { headers });
    } while (response.status === 202);
  }
  if (response.status !== 200) throw new Error(`The export answered ${response.status}: ${await response.text()}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const after = Object.fromEntries(Object.entries(PIDS).map(([name, pid]) => [name, memory(pid)]));

  console.log(`\nExport of 100,000 packages (${mode}): ${seconds.toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(1)} MB .xlsx`);
  console.log(`Worker idle ${idleAfter.toFixed(0)} s after the API answered (start-up: reminders of every seeded package); kernel peak ${reset ? 'reset before the export' : 'NOT reset (no access to /proc/PID/clear_refs): it includes start-up'}`);
  console.log('process  start-up peak  RSS before  peak RSS (sampled)  VmHWM during export');
  for (const name of Object.keys(PIDS)) {
    console.log(
      `${name.padEnd(8)} ${startup[name].hwm.toFixed(0).padStart(10)} MB ${before[name].rss.toFixed(0).padStart(8)} MB  ${peak[name].toFixed(0).padStart(12)} MB  ${after[name].hwm.toFixed(0).padStart(12)} MB`,
    );
  }
  const worst = Math.max(after.api.hwm, after.worker.hwm);
  console.log(`Peak RSS during the export ${worst.toFixed(0)} MB: ${worst < 300 ? 'under' : 'OVER'} the 300 MB budget`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
