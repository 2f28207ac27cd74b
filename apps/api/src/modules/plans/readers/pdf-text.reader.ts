import { Worker } from 'node:worker_threads';
import { DomainError } from '@mandate/domain';
import { TransportError } from '../../../common/errors/transport-error';

/** Limits for reading one PDF: it runs in a worker thread so a hostile file costs at most this much. */
export const PDF_LIMITS = { maxPages: 1000, timeoutMs: 60_000, heapMb: 256 } as const;

type WorkerReply = { ok: true; pages: string[][] } | { ok: false; reason: 'encrypted' | 'invalid' | 'too-many-pages'; detail: string };

// Runs as plain JS in the worker; pdf.js is ESM, so it is imported there rather than through the bundler or Jest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
(async () => {
  const pdfjs = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data: new Uint8Array(workerData.data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (error) {
    const reason = error && error.name === 'PasswordException' ? 'encrypted' : 'invalid';
    return parentPort.postMessage({ ok: false, reason, detail: String(error && error.message) });
  }
  if (pdf.numPages > workerData.maxPages) return parentPort.postMessage({ ok: false, reason: 'too-many-pages', detail: String(pdf.numPages) });
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const lines = [];
    let line = [];
    let lastY = null;
    let lastEnd = null;
    let cellBreaks = 0;
    const flush = () => {
      const text = line.join('');
      if (text.trim()) lines.push(cellBreaks >= 2 ? '| ' + text.split('\\u0000').map((c) => c.trim()).join(' | ') + ' |' : text.split('\\u0000').join(' '));
      line = [];
      cellBreaks = 0;
      lastEnd = null;
    };
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const [, , , d, x, y] = item.transform;
      const size = Math.abs(d) || 10;
      if (lastY !== null && Math.abs(y - lastY) > size * 0.5) flush();
      // A wide horizontal gap on one line is a column boundary: the parser reads such lines as table rows.
      if (lastEnd !== null && item.str.trim() && x - lastEnd > size * 1.5) {
        line.push('\\u0000');
        cellBreaks += 1;
      }
      line.push(item.str);
      if (item.str.trim()) lastEnd = x + (item.width || 0);
      lastY = y;
      if (item.hasEOL) {
        flush();
        lastY = null;
      }
    }
    flush();
    pages.push(lines);
    page.cleanup();
  }
  await pdf.destroy();
  parentPort.postMessage({ ok: true, pages });
})().catch((error) => parentPort.postMessage({ ok: false, reason: 'invalid', detail: String(error && error.message) }));
`;

const unreadable = (code: 'PDF_ENCRYPTED' | 'PDF_NO_TEXT_LAYER' | 'DOCUMENT_UNREADABLE', message: string, reason: string) =>
  new DomainError(code, message, [{ field: 'file', message: reason, rule: 'unreadable' }]);

/** The text layer of a PDF, a line per text line; 422 for a scan (no text), an encrypted or a damaged file. */
export async function readPdfText(buffer: Buffer): Promise<string> {
  const reply = await runWorker(buffer);
  if (!reply.ok) {
    if (reply.reason === 'encrypted') throw unreadable('PDF_ENCRYPTED', 'Tệp PDF được mã hoá bằng mật khẩu; hãy gỡ mật khẩu hoặc tải lên tệp Word. / The PDF is encrypted with a password; remove the password or upload the Word file.', 'is encrypted');
    if (reply.reason === 'too-many-pages') throw new TransportError('PAYLOAD_TOO_LARGE', `Tệp PDF có ${reply.detail} trang, quá ${PDF_LIMITS.maxPages} trang. / The PDF has ${reply.detail} pages, more than ${PDF_LIMITS.maxPages}.`, [{ field: 'file', message: 'too many pages', rule: 'tooLarge' }]);
    throw unreadable('DOCUMENT_UNREADABLE', 'Tệp PDF bị hỏng hoặc không phải PDF. / The PDF is damaged or not a PDF.', 'is not a readable PDF');
  }
  const text = joinPdfPages(reply.pages);
  // A scan has images, not text: a few stray characters (a page number) do not make a text layer.
  if (text.replace(/[\s\d|.,-]/g, '').length < 20) {
    throw unreadable('PDF_NO_TEXT_LAYER', 'Tệp PDF không có lớp văn bản (có thể là bản quét); hãy tải lên tệp PDF có văn bản, tệp Word hoặc dán nội dung. / The PDF has no text layer (it may be a scan); upload a PDF with text, the Word file, or paste the text.', 'has no text layer');
  }
  return text;
}

/** A page number printed alone at a page's top or foot: "2", "- 2 -", "Trang 2", "2/15". */
const PAGE_NUMBER = /^\s*(?:trang\s+)?[-–]?\s*\d{1,4}\s*(?:[-–]|\/\s*\d{1,4})?\s*$/iu;

/**
 * The pages' lines as one text: page numbers at a page's top or foot dropped, and pages joined without a blank line,
 * so that a paragraph running over a page break reads as one (the parser joins wrapped lines; a blank line would end it).
 */
export function joinPdfPages(pages: readonly (readonly string[])[]): string {
  return pages
    .map((page) => {
      const lines = [...page];
      while (lines.length > 0 && PAGE_NUMBER.test(lines[0])) lines.shift();
      while (lines.length > 0 && PAGE_NUMBER.test(lines[lines.length - 1])) lines.pop();
      return lines;
    })
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n');
}

function runWorker(buffer: Buffer): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { data: buffer, maxPages: PDF_LIMITS.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.heapMb },
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(() => finish(() => reject(unreadable('DOCUMENT_UNREADABLE', 'Đọc tệp PDF quá lâu; hãy tải lên tệp Word hoặc dán nội dung. / Reading the PDF took too long; upload the Word file or paste the text.', 'took too long to read'))), PDF_LIMITS.timeoutMs);
    worker.once('message', (reply: WorkerReply) => finish(() => resolve(reply)));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TransportError('PAYLOAD_TOO_LARGE', 'Tệp PDF cần quá nhiều bộ nhớ để đọc. / The PDF needs too much memory to read.', [{ field: 'file', message: 'needs too much memory', rule: 'tooLarge' }])
            : unreadable('DOCUMENT_UNREADABLE', 'Tệp PDF bị hỏng hoặc không phải PDF. / The PDF is damaged or not a PDF.', 'is not a readable PDF'),
        ),
      ),
    );
    worker.once('exit', () => finish(() => reject(unreadable('DOCUMENT_UNREADABLE', 'Tệp PDF bị hỏng hoặc không phải PDF. / The PDF is damaged or not a PDF.', 'is not a readable PDF'))));
  });
}
