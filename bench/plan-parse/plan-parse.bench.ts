import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlanDocument } from '../../libs/domain/src/plan-document';
import { TABLE_FILE, tableHeavyDocument } from './table-heavy';

const SAMPLE_FILE = path.resolve(__dirname, '../../fixtures/plans/nq-318-2025-quang-ninh.txt');
const SIZE_FACTOR = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeParse(text: string, runs: number): number {
  parsePlanDocument(text);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    parsePlanDocument(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Renumbers "(n)" markers and "3.k." item labels, and tags every line, so a copy is new text, not a repeat to drop. */
function renumber(block: string, copy: number, markerOffset: number, section: number): string {
  return block
    .replace(/\((\d{1,2})\)/g, (_, code: string) => `(${Number(code) + markerOffset})`)
    .replace(/^3\.(\d+)\. /gm, (_, index: string) => `${section}.${index}. `)
    .replace(/^(\S+ \S+ \S+)/gm, (head: string) => `${head} [${copy}]`);
}

function taskCopy(tasks: string, copy: number): string {
  const section = 3 + copy;
  const heading = copy === 0 ? '' : `${section}. Nhiệm vụ và giải pháp (phần ${copy + 1})\n`;
  return `${heading}${renumber(tasks, copy, 0, section)}`;
}

/** The sample with its indicator and tasks sections repeated, renumbered, until it is SIZE_FACTOR times the sample. */
function largeDocument(sample: string): string {
  const lines = sample.split('\n');
  const indicatorsAt = lines.findIndex((line) => line.startsWith('a) Về kinh tế'));
  const tasksAt = lines.findIndex((line, index) => index > indicatorsAt && line.startsWith('3.1. '));
  const endAt = lines.findIndex((line) => line.startsWith('Điều 2.'));
  const indicators = lines.slice(indicatorsAt, indicatorsAt + 3).join('\n');
  const tasks = lines.slice(tasksAt, endAt).join('\n').replace(/\n(?:\|?\n)?HỘI ĐỒNG NHÂN\n[\s\S]*?\nb\) Phát triển dịch vụ/, '\nb) Phát triển dịch vụ');
  const head = lines.slice(0, indicatorsAt).join('\n');
  const between = lines.slice(indicatorsAt + 3, tasksAt).join('\n');
  const tail = lines.slice(endAt).join('\n');
  const fixed = head.length + between.length + tail.length;
  const copies = Math.round((SIZE_FACTOR * sample.length - fixed) / (indicators.length + tasks.length));
  const indicatorCopies = Array.from({ length: copies }, (_, copy) => renumber(indicators, copy, copy * 21, 3));
  const taskCopies = Array.from({ length: copies }, (_, copy) => taskCopy(tasks, copy));
  return [head, ...indicatorCopies, between, ...taskCopies, tail].join('\n');
}

function main(): void {
  const sample = fs.readFileSync(SAMPLE_FILE, 'utf8');
  const large = largeDocument(sample);
  const parsed = parsePlanDocument(large);
  const sampleMs = timeParse(sample, 51);
  const largeMs = timeParse(large, 7);
  const sizeRatio = large.length / sample.length;
  console.log(`sample: ${sample.length} chars, median ${sampleMs.toFixed(2)} ms (target < 20 ms)`);
  console.log(
    `large:  ${large.length} chars (${sizeRatio.toFixed(1)}x), ${parsed.indicators.length} indicators, ` +
      `${parsed.items.length} task sections, ${parsed.deadlines.length} deadlines, median ${largeMs.toFixed(1)} ms (target < 2000 ms)`,
  );
  console.log(`time ratio ${(largeMs / sampleMs).toFixed(1)} for size ratio ${sizeRatio.toFixed(1)} (linear growth keeps these close)`);
  tableCase();
}

/** The same measure on a document whose work is an appendix table printed one cell per line. */
function tableCase(): void {
  const text = fs.readFileSync(TABLE_FILE, 'utf8');
  const large = tableHeavyDocument(text, SIZE_FACTOR);
  const parsed = parsePlanDocument(large);
  const rows = parsed.items.filter((item) => item.ref.startsWith('PL')).reduce((sum, group) => sum + 1 + group.children.length, 0);
  const textMs = timeParse(text, 51);
  const largeMs = timeParse(large, 7);
  const sizeRatio = large.length / text.length;
  console.log(`table:  ${text.length} chars, median ${textMs.toFixed(2)} ms (target < 50 ms)`);
  console.log(`table large: ${large.length} chars (${sizeRatio.toFixed(1)}x), ${rows} table rows, median ${largeMs.toFixed(1)} ms (target < 5000 ms)`);
  console.log(`table time ratio ${(largeMs / textMs).toFixed(1)} for size ratio ${sizeRatio.toFixed(1)}`);
}

main();
