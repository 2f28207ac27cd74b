import type ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { sheetDrained } from './streamed-sheet';

/** A sheet as exceljs's streamed writer holds it: its stream piped into the zip entry (here a small PassThrough). */
const sheetPipedInto = (entry: PassThrough) => ({ stream: { pipes: [entry] } }) as unknown as ExcelJS.Worksheet;
const output = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });
const state = (promise: Promise<unknown>) => Promise.race([promise.then(() => 'resolved', (error: Error) => `rejected: ${error.message}`), new Promise((resolve) => setImmediate(() => resolve('pending')))]);

describe(sheetDrained.name, () => {
  it('answers at once while the zip keeps up', async () => {
    const entry = new PassThrough({ highWaterMark: 64 });
    entry.write('x'.repeat(10));
    expect(await state(sheetDrained(sheetPipedInto(entry), output()))).toBe('resolved');
  });

  it('waits while the zip entry holds more than it asked for, and goes on once it has taken it in', async () => {
    const entry = new PassThrough({ highWaterMark: 64 });
    entry.write('x'.repeat(1000));
    const sut = sheetDrained(sheetPipedInto(entry), output());
    expect(await state(sut)).toBe('pending');
    entry.resume();
    expect(await sut).toBeUndefined();
  });

  it('lets the next batch through after a pause when the zip entry never announces a drain, instead of hanging', async () => {
    const entry = new PassThrough({ highWaterMark: 64 });
    entry.write('x'.repeat(1000));
    const sut = sheetDrained(sheetPipedInto(entry), output());
    expect(await state(sut)).toBe('pending');
    expect(await sut).toBeUndefined();
  });

  it('gives up when the output closes first (the client went away)', async () => {
    const entry = new PassThrough({ highWaterMark: 64 });
    entry.write('x'.repeat(1000));
    const out = output();
    const sut = sheetDrained(sheetPipedInto(entry), out);
    out.destroy();
    await expect(sut).rejects.toThrow('The export output closed before the workbook was complete.');
  });
});
