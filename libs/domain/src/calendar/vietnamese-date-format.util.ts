import { CalendarDate, assertIsoDate, isValidIsoDate } from './calendar-date.util';

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `2026-12-31` → `31/12/2026`, the form Vietnamese documents and screens use. */
export const formatDateVi = (date: CalendarDate): string => {
  const [year, month, day] = assertIsoDate(date).split('-');
  return `${day}/${month}/${year}`;
};

/** `31/12/2026` (or `1/2/2026`, as people type it) → `2026-12-31`; null when it is not a real date. */
export const parseDateVi = (text: string): CalendarDate | null => {
  const match = VI_DATE.exec(typeof text === 'string' ? text.trim() : '');
  if (!match) return null;
  const candidate = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isValidIsoDate(candidate) ? candidate : null;
};
