import { CalendarDate, calendarDateOf, daysInMonth } from '../calendar';

/** How long a reporting period is: month, quarter, 6 months (H1/H2), 9 months, the whole year. */
export const INDICATOR_PERIOD_KINDS = ['month', 'quarter', 'half', 'nine_months', 'year'] as const;
export type IndicatorPeriodKind = (typeof INDICATOR_PERIOD_KINDS)[number];

export interface IndicatorPeriod {
  /** As sent and stored: `2026-06`, `2026-Q3`, `2026-H1`, `2026-9M`, `2026`. */
  code: string;
  kind: IndicatorPeriodKind;
  year: number;
  /** First and last month (1–12) the period covers. */
  firstMonth: number;
  lastMonth: number;
  /** The period's last calendar day. */
  end: CalendarDate;
}

const PERIOD = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|(9M)))?$/;

/** The period a code names, or null when it names none. */
export function parseIndicatorPeriod(code: unknown): IndicatorPeriod | null {
  if (typeof code !== 'string') return null;
  const match = PERIOD.exec(code.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const [, , month, quarter, half, nine] = match;
  const span = (kind: IndicatorPeriodKind, firstMonth: number, lastMonth: number): IndicatorPeriod => ({
    code: code.trim(),
    kind,
    year,
    firstMonth,
    lastMonth,
    end: calendarDateOf(year, lastMonth, daysInMonth(year, lastMonth)),
  });
  if (month) return span('month', Number(month), Number(month));
  if (quarter) return span('quarter', Number(quarter) * 3 - 2, Number(quarter) * 3);
  if (half) return span('half', half === '1' ? 1 : 7, half === '1' ? 6 : 12);
  if (nine) return span('nine_months', 1, 9);
  return span('year', 1, 12);
}

// Of two figures ending in the same month, the one covering more of the year speaks for it (9 months over Q3 over September).
const SPAN_RANK: Record<IndicatorPeriodKind, number> = { month: 0, quarter: 1, half: 2, nine_months: 3, year: 4 };

/** Orders periods by their last month, then by how much they cover: later and longer sort after. */
export function comparePeriods(a: IndicatorPeriod, b: IndicatorPeriod): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.lastMonth !== b.lastMonth) return a.lastMonth - b.lastMonth;
  return SPAN_RANK[a.kind] - SPAN_RANK[b.kind];
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "Quý III/2026", "6 tháng đầu năm 2026": a period as Vietnamese reports write it (the web's own words are in its locale files). */
export function indicatorPeriodLabelVi(code: string): string {
  const p = parseIndicatorPeriod(code);
  if (!p) return code;
  switch (p.kind) {
    case 'month':
      return `Tháng ${p.lastMonth}/${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN_QUARTERS[p.lastMonth / 3 - 1]}/${p.year}`;
    case 'half':
      return p.firstMonth === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case 'nine_months':
      return `9 tháng năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}
