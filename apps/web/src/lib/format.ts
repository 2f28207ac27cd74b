/** Calendar dates are read and shown in Hà Nội time, whatever the browser's zone. */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: APP_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: APP_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const vndFormatter = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const numberFormatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const parts = (formatter: Intl.DateTimeFormat, date: Date): Record<string, string> =>
  Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));

/**
 * dd/mm/yyyy. A `YYYY-MM-DD` string is a calendar date and is shown as is (no zone shift);
 * an instant is shown as the date in Hà Nội.
 */
export const formatDate = (value: string | Date | null | undefined): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(dateFormatter, date);
  return `${p['day']}/${p['month']}/${p['year']}`;
};

/** dd/mm/yyyy HH:mm in Hà Nội time. */
export const formatDateTime = (value: string | Date | null | undefined): string => {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(timeFormatter, date);
  return `${formatDate(date)} ${p['hour']}:${p['minute']}`;
};

/** 74.000.000.000 ₫ — dots group thousands, as Vietnamese documents write money. */
export const formatVnd = (amount: number | bigint | null | undefined): string => (amount === null || amount === undefined ? '' : vndFormatter.format(amount));

/** 12,5 — Vietnamese decimal comma. */
export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '' : numberFormatter.format(value));

/** Parses dd/mm/yyyy into `YYYY-MM-DD`, or null if it is not a real date. */
export const parseDisplayDate = (value: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instant a `YYYY-MM-DD` calendar day starts in Hà Nội, as ISO UTC. */
export const startOfDayHanoi = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - HANOI_OFFSET_MS).toISOString();
};

/** The last millisecond of a `YYYY-MM-DD` calendar day in Hà Nội, as ISO UTC. */
export const endOfDayHanoi = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1) - HANOI_OFFSET_MS - 1).toISOString();
};
