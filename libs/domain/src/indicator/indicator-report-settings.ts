import { isValidLocalTime, LocalTime } from '../calendar';
import { DomainError, type FieldProblem } from '../errors/domain-error';

/** When the monthly reminder to report indicator figures goes out; set by the admin for the whole system. */
export interface IndicatorReportSettings {
  /** Day of the month (1–28, so it exists in every month). */
  reportDay: number;
  hourOfDay: LocalTime;
}

/** Before the 14th, the cut-off of the government's monthly reporting rules, with a few days to spare. */
export const DEFAULT_INDICATOR_REPORT_SETTINGS: Readonly<IndicatorReportSettings> = Object.freeze({ reportDay: 10, hourOfDay: '08:00' });

export interface IndicatorReportSettingsResponse extends IndicatorReportSettings {
  isDefault: boolean;
  version: number;
}

export const assertValidIndicatorReportSettings = (settings: { reportDay?: unknown; hourOfDay?: unknown }): IndicatorReportSettings => {
  const problems: FieldProblem[] = [];
  if (typeof settings.reportDay !== 'number' || !Number.isInteger(settings.reportDay) || settings.reportDay < 1 || settings.reportDay > 28) {
    problems.push({ field: 'reportDay', message: 'must be a day of the month from 1 to 28', rule: 'intRange', params: { min: 1, max: 28 } });
  }
  if (!isValidLocalTime(settings.hourOfDay)) problems.push({ field: 'hourOfDay', message: 'must be a time written HH:mm', rule: 'isTime' });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  return settings as IndicatorReportSettings;
};
