/**
 * Where a page's main thread spends its time, from a Chrome trace (first-load.bench.ts with BENCH_TRACE, or any trace
 * DevTools saves):
 *
 *   npx tsx --tsconfig tsconfig.base.json bench/first-load/trace-summary.ts trace.json [source-maps-dir]
 *
 * Prints the renderer main thread's busy time by kind of work (self time: script evaluation, compilation, style
 * recalculation, layout, paint, parsing, garbage collection), script compile + evaluate time per file, every style
 * recalculation and layout with the elements it touched, and the busiest code by self time from the sampling
 * profiler, per file and per function (named by source file when `source-maps-dir` holds the build's .map files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId?: number };
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(5)} ms`;
const short = (url: string) => (url ? basename(new URL(url, 'http://x').pathname) || url : '(no file)');

/** Top-level tasks the scheduler runs: the main thread's busy time is theirs. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Self time per event name: each complete event's duration less that of the events nested in it (same thread). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; children: number }[] = [];
  const close = (entry: { event: TraceEvent; children: number }) => {
    self.set(entry.event.name, (self.get(entry.event.name) ?? 0) + Math.max(0, (entry.event.dur ?? 0) - entry.children));
  };
  for (const event of sorted) {
    for (let open = stack.at(-1); open && open.event.ts + (open.event.dur ?? 0) <= event.ts; open = stack.at(-1)) close(stack.pop() ?? open);
    const parent = stack.at(-1);
    if (parent) parent.children += event.dur ?? 0;
    stack.push({ event, children: 0 });
  }
  for (let open = stack.pop(); open; open = stack.pop()) close(open);
  return self;
}

/** The sampling profiler's self time per frame (ProfileChunk events of the main thread's V8 profile). */
function profileSelfTimes(events: TraceEvent[], pid: number): Map<ProfileNode['callFrame'], number> {
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid);
  const nodes = new Map<number, ProfileNode>();
  const self = new Map<number, number>();
  // One profile per thread; the main thread's is the one with the most samples.
  const byProfile = new Map<string, TraceEvent[]>();
  for (const chunk of chunks) byProfile.set(chunk.id ?? '', [...(byProfile.get(chunk.id ?? '') ?? []), chunk]);
  const sampleCount = (list: TraceEvent[]) => list.reduce((n, c) => n + (((c.args?.data?.cpuProfile as { samples?: number[] })?.samples ?? []).length), 0);
  const main = [...byProfile.values()].sort((a, b) => sampleCount(b) - sampleCount(a))[0] ?? [];
  for (const chunk of main) {
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    // A sample's time is the gap to the next sample.
    samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + Math.max(0, deltas[i + 1] ?? 0)));
  }
  const byFrame = new Map<ProfileNode['callFrame'], number>();
  for (const [id, time] of self) {
    const node = nodes.get(id);
    if (node) byFrame.set(node.callFrame, time);
  }
  return byFrame;
}

/** Names a frame by its source file when the build's source map is at hand. */
function sourceNamer(dir: string | undefined): (frame: ProfileNode['callFrame']) => { file: string; name: string } {
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (url: string): TraceMap | null => {
    const file = dir ? join(dir, 'assets', `${short(url)}.map`) : '';
    if (!maps.has(url)) maps.set(url, dir && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
    return maps.get(url) ?? null;
  };
  return (frame) => {
    const map = frame.url ? mapOf(frame.url) : null;
    const fallback = { file: short(frame.url), name: frame.functionName || '(anonymous)' };
    if (!map) return fallback;
    const position = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!position.source) return fallback;
    const file = position.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    return { file, name: `${position.name ?? frame.functionName ?? '(anonymous)'} (${file}:${position.line})` };
  };
}

const top = <K>(entries: Map<K, number>, n: number): [K, number][] => [...entries].sort((a, b) => b[1] - a[1]).slice(0, n);
const add = <K>(map: Map<K, number>, key: K, value: number) => map.set(key, (map.get(key) ?? 0) + value);

export function printTraceSummary(path: string, { sourceMaps }: { sourceMaps?: string } = {}): void {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  // The page's renderer main thread: the CrRendererMain that evaluated the most script.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const work = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').reduce((n, e) => n + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => work(b) - work(a))[0];
  if (!main) throw new Error(`${path}: no renderer main thread in the trace`);
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  // Outermost tasks only (a RunTask nests in ThreadControllerImpl::RunTask).
  const tasks: TraceEvent[] = [];
  for (const task of thread.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name)).sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) tasks.push(task);
  }
  const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0);
  const timed = thread.filter((e) => e.ph !== 'M');
  const span = Math.max(...timed.map((e) => e.ts + (e.dur ?? 0))) - Math.min(...timed.map((e) => e.ts));
  console.log(`\nmain thread: busy ${ms(busy).trim()} in ${tasks.length} tasks over ${ms(span).trim()} of trace`);

  console.log('by kind of work (self time):');
  for (const [name, time] of top(selfTimes(thread), 16)) if (time >= 2000) console.log(`  ${ms(time)}  ${name}`);

  // Compile and evaluation per script file (the nested function calls included).
  const perScript = new Map<string, number>();
  for (const e of thread) {
    if (e.ph !== 'X') continue;
    const url = (e.args?.data?.url as string | undefined) ?? (e.args?.fileName as string | undefined);
    if (url && /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.produceModuleCache|CompileScript)$/.test(e.name)) add(perScript, `${e.name.replace(/^v8\./, '')} ${short(url)}`, e.dur ?? 0);
  }
  console.log('script compile and evaluation per file (with what it runs):');
  for (const [what, time] of top(perScript, 14)) if (time >= 1000) console.log(`  ${ms(time)}  ${what}`);

  const styles = thread.filter((e) => e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles'));
  const layouts = thread.filter((e) => e.ph === 'X' && e.name === 'Layout');
  const sum = (list: TraceEvent[]) => list.reduce((n, e) => n + (e.dur ?? 0), 0);
  console.log(`style recalculations: ${styles.length}, ${ms(sum(styles)).trim()}; the longest:`);
  for (const e of [...styles].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 5)) console.log(`  ${ms(e.dur ?? 0)}  ${e.args?.elementCount ?? (e.args?.data?.elementCount as number | undefined) ?? '?'} elements`);
  console.log(`layouts: ${layouts.length}, ${ms(sum(layouts)).trim()}; the longest:`);
  for (const e of [...layouts].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 5)) {
    const begin = e.args?.beginData as { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean } | undefined;
    console.log(`  ${ms(e.dur ?? 0)}  ${begin?.dirtyObjects ?? '?'} of ${begin?.totalObjects ?? '?'} layout objects${begin?.partialLayout ? ' (partial)' : ''}`);
  }
  const sheets = thread.filter((e) => e.ph === 'X' && e.name === 'ParseAuthorStyleSheet');
  console.log(`style sheets parsed: ${sheets.length}, ${ms(sum(sheets)).trim()}${sheets.length ? `: ${sheets.map((e) => `${short((e.args?.data?.styleSheetUrl as string) ?? '')} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`).join(', ')}` : ''}`);

  const frames = profileSelfTimes(events, main.pid);
  if (frames.size === 0) return;
  const name = sourceNamer(sourceMaps);
  const perFile = new Map<string, number>();
  const perFunction = new Map<string, number>();
  for (const [frame, time] of frames) {
    const named = name(frame);
    const file = frame.url ? named.file.replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, '$1') : `(${frame.functionName || 'native'})`;
    add(perFile, file, time);
    add(perFunction, frame.url ? `${named.name}${sourceMaps ? '' : ` (${short(frame.url)})`}` : `(${frame.functionName})`, time);
  }
  console.log(`sampled script self time by ${sourceMaps ? 'package or source file' : 'file'}:`);
  for (const [file, time] of top(perFile, 16)) if (time >= 2000) console.log(`  ${ms(time)}  ${file}`);
  console.log('sampled script self time by function:');
  for (const [fn, time] of top(perFunction, 25)) if (time >= 2000) console.log(`  ${ms(time)}  ${fn}`);
}

if (process.argv[1]?.endsWith('trace-summary.ts')) {
  const [path, sourceMaps] = process.argv.slice(2);
  if (!path) throw new Error('usage: trace-summary.ts trace.json [source-maps-dir]');
  printTraceSummary(path, { sourceMaps });
}
