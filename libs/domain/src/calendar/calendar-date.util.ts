import { DomainError } from '../errors/domain-error';
import { CALENDAR_DAY_MS } from './hanoi-time-zone.constants';

/** A calendar day in Hà Nội written `YYYY-MM-DD`; such strings sort and compare in date order. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

// setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
const utcMidnightMs = ({ year, month, day }: DateParts): number => new Date(0).setUTCFullYear(year, month - 1, day);

const partsOf = (value: unknown): DateParts | null => {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (parts.year < MIN_YEAR || parts.month < 1 || parts.month > 12 || parts.day < 1) return null;
  // A day past the month's end rolls into the next month, so the round trip exposes 2026-02-30.
  const roundTrip = new Date(utcMidnightMs(parts));
  return roundTrip.getUTCDate() === parts.day ? parts : null;
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const requireParts = (value: unknown, field: string): DateParts => {
  const parts = partsOf(value);
  if (parts) return parts;
  const message = `${field} must be a calendar date written YYYY-MM-DD`;
  throw new DomainError('VALIDATION_FAILED', message, [{ field, message, rule: 'isDate' }]);
};

export const isValidIsoDate = (value: unknown): value is CalendarDate => partsOf(value) !== null;

/** Narrows or throws VALIDATION_FAILED naming the field, so unchecked input becomes a 400, not a 500. */
export const assertIsoDate = (value: unknown, field = 'date'): CalendarDate => {
  requireParts(value, field);
  return value as CalendarDate;
};

/** Days since 1970-01-01; the integer all date arithmetic goes through. */
export const epochDayOf = (date: CalendarDate): number => Math.round(utcMidnightMs(requireParts(date, 'date')) / CALENDAR_DAY_MS);

export const dateOfEpochDay = (epochDay: number): CalendarDate => {
  if (!Number.isInteger(epochDay)) throw new DomainError('VALIDATION_FAILED', `Not a whole day number: ${epochDay}`);
  const at = new Date(epochDay * CALENDAR_DAY_MS);
  const year = at.getUTCFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError('VALIDATION_FAILED', `Day ${epochDay} is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return `${pad(year, 4)}-${pad(at.getUTCMonth() + 1, 2)}-${pad(at.getUTCDate(), 2)}`;
};

export const calendarDateOf = (year: number, month: number, day: number): CalendarDate =>
  assertIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  if (!Number.isInteger(days)) throw new DomainError('VALIDATION_FAILED', `Days to add must be a whole number, got ${days}`);
  return dateOfEpochDay(epochDayOf(date) + days);
};

export const compareDates = (a: CalendarDate, b: CalendarDate): -1 | 0 | 1 => {
  const diff = epochDayOf(a) - epochDayOf(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
};

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => epochDayOf(to) - epochDayOf(from);

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const weekdayOf = (date: CalendarDate): number => {
  const sundayBased = new Date(epochDayOf(date) * CALENDAR_DAY_MS).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
};

export const daysInMonth = (year: number, month: number): number => {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new DomainError('VALIDATION_FAILED', `No month ${month}`);
  return new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
};
