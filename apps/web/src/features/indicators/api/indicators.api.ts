import type { IndicatorDetail, IndicatorList, IndicatorMeasurement, IndicatorReportSettingsResponse, IndicatorView, MeasurementKind } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

export interface NewMeasurement {
  period: string;
  kind: MeasurementKind;
  values: { targetId: string; value: number }[];
  source: string;
  note?: string;
  correction?: boolean;
  file?: File | null;
}

const ind = (id: string) => `/indicators/${encodeURIComponent(id)}`;

export const indicatorsApi = {
  list: (planId: string, signal?: AbortSignal) => apiFetch<IndicatorList>(`/plans/${encodeURIComponent(planId)}/indicators`, { signal }),
  /** The indicators table (target, latest figure, % of target, status) as an Excel sheet. */
  workbook: (planId: string) => apiFetch<Blob>(`/plans/${encodeURIComponent(planId)}/indicators.xlsx`, { responseType: 'blob' }),
  get: (id: string, signal?: AbortSignal) => apiFetch<IndicatorDetail>(ind(id), { signal }),
  update: (id: string, body: { responsibleDepartmentId?: string | null; accumulation?: string | null; version: number }) => apiFetch<IndicatorView>(ind(id), { method: 'PATCH', body }),
  /** Multipart, so the evidence file travels with the figures in one request (nothing stored if either is refused). */
  addMeasurement: (id: string, input: NewMeasurement) => {
    const form = new FormData();
    form.set('period', input.period);
    form.set('kind', input.kind);
    form.set('values', JSON.stringify(input.values));
    form.set('source', input.source);
    if (input.note) form.set('note', input.note);
    if (input.correction) form.set('correction', 'true');
    if (input.file) form.set('file', input.file, input.file.name);
    return apiFetch<IndicatorMeasurement>(`${ind(id)}/measurements`, { method: 'POST', body: form });
  },
  confirm: (measurementId: string, version: number) => apiFetch<IndicatorMeasurement>(`/indicator-measurements/${encodeURIComponent(measurementId)}/confirm`, { method: 'POST', body: { version } }),
  assess: (targetId: string, body: { status: string; note: string; version: number }) => apiFetch<IndicatorView>(`/indicator-targets/${encodeURIComponent(targetId)}/assessment`, { method: 'PUT', body }),
  downloadEvidence: async (measurement: IndicatorMeasurement) =>
    saveBlob(await apiFetch<Blob>(`/indicator-measurements/${encodeURIComponent(measurement.id)}/evidence`, { responseType: 'blob' }), measurement.evidence?.fileName ?? 'evidence'),
  reportSettings: (signal?: AbortSignal) => apiFetch<IndicatorReportSettingsResponse>('/indicator-report-settings', { signal }),
  saveReportSettings: (body: { reportDay: number; hourOfDay: string; version: number }) => apiFetch<IndicatorReportSettingsResponse>('/indicator-report-settings', { method: 'PUT', body }),
};
