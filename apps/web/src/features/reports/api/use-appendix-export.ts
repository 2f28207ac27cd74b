import type { ExportJobStatus } from '@mandate/domain';
import { useEffect, useRef, useState } from 'react';
import { saveBlob } from '../../../lib/download';
import { AppendixFilters, ExportAnswer, reportsApi } from './reports.api';

const POLL_MS = 1000;

export type AppendixExportState = { phase: 'idle' } | { phase: 'working'; job: ExportJobStatus | null } | { phase: 'failed'; error: unknown };

/** Downloads the appendix: at once when small, else polls the export job (showing its progress) and saves the file when ready. */
export function useAppendixExport(fileName: string) {
  const [state, setState] = useState<AppendixExportState>({ phase: 'idle' });
  const cancelled = useRef(false);
  // Set again on every mount: React's StrictMode unmounts and remounts once in development, and a ref left `true`
  // by that first cleanup dropped every answer (the button spun forever, no download).
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);

  const settle = async (answer: ExportAnswer, name: string): Promise<void> => {
    if (cancelled.current) return;
    if (answer.kind === 'file') {
      saveBlob(answer.blob, name);
      setState({ phase: 'idle' });
      return;
    }
    if (answer.status.status === 'failed') {
      setState({ phase: 'failed', error: new Error(answer.status.status) });
      return;
    }
    setState({ phase: 'working', job: answer.status });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    await settle(await reportsApi.exportJob(answer.status.jobId), answer.status.fileName);
  };

  const start = (planId: string, filters: AppendixFilters) => {
    setState({ phase: 'working', job: null });
    reportsApi
      .appendix(planId, filters)
      .then((answer) => settle(answer, fileName))
      .catch((error: unknown) => setState({ phase: 'failed', error }));
  };
  return { state, start };
}
