import ExcelJS from 'exceljs';
import type { Response } from 'superagent';

/** supertest collects a binary body as a Buffer with this parser. */
export const binary = (res: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Reads a generated workbook back with exceljs, as a user's Excel would open it. */
export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A row's cell values from column 1, rich text and dates flattened to what a reader sees. */
export const rowValues = (sheet: ExcelJS.Worksheet, n: number, columns: number): unknown[] =>
  Array.from({ length: columns }, (_, i) => {
    const value = sheet.getRow(n).getCell(i + 1).value;
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  });
