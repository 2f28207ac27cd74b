import { formatLabelledTarget, type IndicatorTargetView, parseIndicatorPeriod, type TargetStatus, withUnit } from '@mandate/domain';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý III/2026", "6 tháng đầu năm 2026", "Tháng 6/2026": a period code as the reports write it. */
export const periodLabel = (t: TFunction, code: string): string => {
  const period = parseIndicatorPeriod(code);
  if (!period) return code;
  const { year } = period;
  switch (period.kind) {
    case 'month':
      return t('indicators.period.month', { month: period.lastMonth, year });
    case 'quarter':
      return t('indicators.period.quarter', { quarter: ROMAN[period.lastMonth / 3 - 1], year });
    case 'half':
      return t(period.firstMonth === 1 ? 'indicators.period.half1' : 'indicators.period.half2', { year });
    case 'nine_months':
      return t('indicators.period.nine', { year });
    case 'year':
      return t('indicators.period.year', { year });
  }
};

/** Every period of a plan year a figure can be entered for, latest-ending first within each span. */
export const periodOptions = (t: TFunction, year: number): { value: string; label: string }[] => {
  const codes = [
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    `${year}-H1`,
    `${year}-9M`,
    `${year}-H2`,
    `${year}`,
    ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  ];
  return codes.map((value) => ({ value, label: periodLabel(t, value) }));
};

/** "2. Thu ngân sách nhà nước": an indicator named as the resolution numbers it. */
export const indicatorLabel = (indicator: { code: string; name: string }): string => `${indicator.code}. ${indicator.name}`;

export const targetText = (t: TFunction, target: Pick<IndicatorTargetView, 'comparator' | 'value' | 'max' | 'unit' | 'label'>): string =>
  formatLabelledTarget(target, { qualitative: t('indicators.qualitative') });

export const figureText = (value: number, unit: string | null): string => withUnit(formatNumber(value), unit);

export const STATUS_COLORS: Record<TargetStatus, string> = { achieved: 'green', on_track: 'teal', at_risk: 'yellow', off_track: 'red', no_data: 'gray' };
