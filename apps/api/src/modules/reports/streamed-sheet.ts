import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import { setTimeout } from 'node:timers/promises';
import type { Writable } from 'node:stream';

/** The longest a batch waits for the zip to take the last one in. */
const DRAIN_WAIT_MS = 2000;

interface PipedSheet {
  stream?: { pipes?: { _writableState?: { needDrain?: boolean }; once: Writable['once'] }[] };
}

/**
 * Waits until the zip has taken in what a streamed sheet wrote so far. exceljs's sheet stream pushes into archiver's
 * entry without backpressure, so a writer faster than deflate queued the whole uncompressed sheet (about 60 MB per
 * 100,000 packages) in memory; awaiting this between batches keeps the queue at one batch. Rejects when `output`
 * closes first (the client went away), so the caller stops reading rows.
 */
export async function sheetDrained(sheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  const waiting = ((sheet as unknown as PipedSheet).stream?.pipes ?? []).filter((pipe) => pipe._writableState?.needDrain);
  if (waiting.length === 0) return;
  if (output.destroyed || output.writableFinished) throw new Error('The export output closed before the workbook was complete.');
  const closed = new AbortController();
  try {
    await Promise.race([
      Promise.all(waiting.map((pipe) => once(pipe as unknown as NodeJS.EventEmitter, 'drain', { signal: closed.signal }))),
      once(output, 'close', { signal: closed.signal }).then(() => {
        throw new Error('The export output closed before the workbook was complete.');
      }),
      // Backpressure is a memory bound, never a reason to stall: a drain the zip entry does not announce (an entry
      // ended or replaced under exceljs) lets the next batch through after a pause instead of hanging the download.
      setTimeout(DRAIN_WAIT_MS, undefined, { signal: closed.signal }).then(() => undefined),
    ]);
  } finally {
    closed.abort();
  }
}
