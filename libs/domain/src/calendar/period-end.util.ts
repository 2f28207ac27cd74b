import { DomainError } from '../errors/domain-error';
import { CalendarDate, assertIsoDate, calendarDateOf, daysInMonth } from './calendar-date.util';

export type Quarter = 1 | 2 | 3 | 4;

const yearAndMonth = (date: CalendarDate): [number, number] => {
  const [year, month] = assertIsoDate(date).split('-').map(Number);
  return [year, month];
};

export const quarterOf = (date: CalendarDate): Quarter => (Math.floor((yearAndMonth(date)[1] - 1) / 3) + 1) as Quarter;

export const lastDayOfMonth = (year: number, month: number): CalendarDate => calendarDateOf(year, month, daysInMonth(year, month));

/** `quý I..IV năm Y` as a deadline means that quarter's last day. */
export const lastDayOfQuarter = (year: number, quarter: Quarter): CalendarDate => {
  if (![1, 2, 3, 4].includes(quarter)) throw new DomainError('VALIDATION_FAILED', `No quarter ${quarter}`);
  return lastDayOfMonth(year, quarter * 3);
};

/** `trong năm Y`, and a package with no explicit deadline, end on 31 December of the plan year. */
export const lastDayOfYear = (year: number): CalendarDate => calendarDateOf(year, 12, 31);

export const endOfMonth = (date: CalendarDate): CalendarDate => lastDayOfMonth(...yearAndMonth(date));

export const endOfQuarter = (date: CalendarDate): CalendarDate => lastDayOfQuarter(yearAndMonth(date)[0], quarterOf(date));

export const endOfYear = (date: CalendarDate): CalendarDate => lastDayOfYear(yearAndMonth(date)[0]);
