import autocannon from 'autocannon';

export interface Row {
  name: string;
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx: number;
}

/** Runs autocannon and computes exact percentiles from every response time it reports. */
/** `nextPath`, when given, sets each request's path (a different query every time, e.g. to measure uncached answers). */
export function run(base: string, duration: number, name: string, path: string, connections: number, headers: Record<string, string>, nextPath?: () => string): Promise<Row> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon({ url: `${base}${path}`, connections, duration, headers, ...(nextPath ? { requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: nextPath() }) }] } : {}) }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
      resolve({ name, connections, p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, non2xx: result.non2xx });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

