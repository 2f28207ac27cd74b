import autocannon from 'autocannon';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Row {
  name: string;
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx: number;
  /** The API's CPU time (user + system, its cluster workers included) per answered request, when `BENCH_API_PID` names it; far less load-sensitive than latency. */
  cpuMsPerRequest: number | null;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** user + system CPU of one process so far, in ms (`/proc/<pid>/stat`); 0 for a process that is gone. */
function processCpuMs(pid: string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** The process's live children (`/proc/<pid>/task/<tid>/children`): the workers of an API run as a Node cluster. */
function childrenOf(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  } catch {
    return [];
  }
}

/**
 * CPU time the API has used so far, in ms: the process `BENCH_API_PID` names plus its live children (the cluster's
 * workers, one per core with `API_PROCESSES=auto`); null without `BENCH_API_PID`.
 */
export function apiCpuMs(): number | null {
  const pid = process.env.BENCH_API_PID;
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  return [pid, ...childrenOf(pid)].reduce((sum, p) => sum + processCpuMs(p), 0);
}

/** Runs autocannon and computes exact percentiles from every response time it reports. */
/** `nextPath`, when given, sets each request's path (a different query every time, e.g. to measure uncached answers). */
export function run(base: string, duration: number, name: string, path: string, connections: number, headers: Record<string, string>, nextPath?: () => string): Promise<Row> {
  const cpuBefore = apiCpuMs();
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon({ url: `${base}${path}`, connections, duration, headers, ...(nextPath ? { requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: nextPath() }) }] } : {}) }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
      const cpuAfter = apiCpuMs();
      const cpuMsPerRequest = cpuBefore === null || cpuAfter === null || times.length === 0 ? null : (cpuAfter - cpuBefore) / times.length;
      resolve({ name, connections, p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, non2xx: result.non2xx, cpuMsPerRequest });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

