import type { Response } from 'express';
import { ExportResult } from './report-exports.service';

const attachment = (fileName: string): string => `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Writes an export result: the file (200), or the job's state as JSON (202 while it runs, 200 once failed). */
export async function sendExport(res: Response, result: ExportResult): Promise<void> {
  if (result.kind === 'job') {
    res.status(result.status.status === 'failed' ? 200 : 202).json(result.status);
    return;
  }
  res.status(200);
  res.setHeader('Content-Type', result.contentType);
  res.setHeader('Content-Disposition', attachment(result.fileName));
  res.setHeader('Cache-Control', 'private, no-store');
  if (result.kind === 'stored') {
    await new Promise<void>((resolve, reject) => {
      result.stream.on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
    });
    return;
  }
  await result.write(res);
}
