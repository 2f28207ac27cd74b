import { DomainError } from '../errors/domain-error';
import { CalendarDate, addDays, dateOfEpochDay, epochDayOf } from './calendar-date.util';
import { CALENDAR_DAY_MS, HANOI_UTC_OFFSET_MS } from './hanoi-time-zone.constants';

/** A wall-clock time in Hà Nội, `HH:mm`, 24-hour. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isValidLocalTime = (value: unknown): value is LocalTime => typeof value === 'string' && LOCAL_TIME.test(value);

const assertInstant = (at: Date): number => {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new DomainError('VALIDATION_FAILED', 'Not a valid instant');
  return ms;
};

/** The Hà Nội calendar date of an instant, whatever the server's time zone. */
export const todayIn = (at: Date): CalendarDate => dateOfEpochDay(Math.floor((assertInstant(at) + HANOI_UTC_OFFSET_MS) / CALENDAR_DAY_MS));

/** The first instant of a Hà Nội calendar day (17:00Z the day before). */
export const startOfDayUtc = (date: CalendarDate): Date => new Date(epochDayOf(date) * CALENDAR_DAY_MS - HANOI_UTC_OFFSET_MS);

/** The last millisecond of a Hà Nội calendar day; a package due that day is overdue one millisecond later. */
export const endOfDayUtc = (date: CalendarDate): Date => new Date(startOfDayUtc(addDays(date, 1)).getTime() - 1);

/** The instant a Hà Nội wall-clock time occurs on a calendar day: 08:00 is 01:00Z. */
export const localTimeToUtc = (date: CalendarDate, time: LocalTime): Date => {
  const match = LOCAL_TIME.exec(time);
  if (!match) {
    const message = `Time must be written HH:mm (00:00–23:59), got "${time}"`;
    throw new DomainError('VALIDATION_FAILED', message, [{ field: 'time', message, rule: 'isTime' }]);
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(startOfDayUtc(date).getTime() + minutes * 60_000);
};

/** The Hà Nội wall-clock time of an instant, `HH:mm`. */
export const localTimeOf = (at: Date): LocalTime => {
  const msIntoDay = (((assertInstant(at) + HANOI_UTC_OFFSET_MS) % CALENDAR_DAY_MS) + CALENDAR_DAY_MS) % CALENDAR_DAY_MS;
  const minutes = Math.floor(msIntoDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};
