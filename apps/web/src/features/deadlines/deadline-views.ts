import { addDays, type CalendarDate, calendarDateOf, daysBetween, daysInMonth, endOfMonth, weekdayOf } from '@mandate/domain';

export interface Countdown {
  days: number;
  state: 'ahead' | 'today' | 'passed';
}

/** Whole Hà Nội calendar days from today to a deadline; `today` comes from todayIn so the browser's zone never matters. */
export const countdownTo = (deadline: CalendarDate, today: CalendarDate): Countdown => {
  const days = daysBetween(today, deadline);
  return days > 0 ? { days, state: 'ahead' } : days === 0 ? { days: 0, state: 'today' } : { days: -days, state: 'passed' };
};

/** Sunday of the current ISO week (Vietnamese weeks run Monday to Sunday). */
export const endOfWeek = (today: CalendarDate): CalendarDate => addDays(today, 7 - weekdayOf(today));

export const monthRange = (year: number, month: number): { from: CalendarDate; to: CalendarDate } => {
  const from = calendarDateOf(year, month, 1);
  return { from, to: endOfMonth(from) };
};

export const shiftMonth = (year: number, month: number, by: number): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/** The month as weeks of seven cells, Monday first; cells outside the month are null. */
export const monthGrid = (year: number, month: number): (CalendarDate | null)[][] => {
  const lead = weekdayOf(calendarDateOf(year, month, 1)) - 1;
  const cells: (CalendarDate | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= daysInMonth(year, month); day += 1) cells.push(calendarDateOf(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
};

/** A bar's offset and width in percent of the [from, to] range, clamped to it. */
export const barPosition = (start: CalendarDate, end: CalendarDate, from: CalendarDate, to: CalendarDate): { left: number; width: number } => {
  const span = Math.max(1, daysBetween(from, to) + 1);
  const a = Math.min(Math.max(daysBetween(from, start), 0), span);
  const b = Math.min(Math.max(daysBetween(from, end) + 1, a), span);
  return { left: (a / span) * 100, width: Math.max(((b - a) / span) * 100, 0.5) };
};
