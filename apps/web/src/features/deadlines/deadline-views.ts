import { addDays, type CalendarDate, calendarDateOf, compareDates, daysBetween, daysInMonth, endOfMonth, weekdayOf } from '@mandate/domain';

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

export interface TimelineScale {
  from: CalendarDate;
  to: CalendarDate;
  /** Due dates past `to`: drawn to the edge with an off-scale marker instead of squeezing every other bar. */
  offScale: CalendarDate[];
}

// A due date is off-scale when it lies this far past the 90th percentile of due dates: half the span the bulk
// covers, and never less than a quarter of a year (a 2029 deadline among 2026 ones; not a December one among Junes).
const OFF_SCALE_SHARE = 0.5;
const OFF_SCALE_MIN_DAYS = 92;

/** The dates a plan timeline spans: every start and today, and every due date except the far outliers. */
export const timelineScale = (bars: readonly { start: CalendarDate; due: CalendarDate }[], today: CalendarDate): TimelineScale => {
  const earliest = (dates: CalendarDate[]) => dates.reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const latest = (dates: CalendarDate[]) => dates.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  const from = earliest([today, ...bars.map((b) => b.start)]);
  const dues = bars.map((b) => b.due).sort(compareDates);
  if (dues.length === 0) return { from, to: today, offScale: [] };
  // Nearest-rank 90th percentile: with few bars it is the latest one, so nothing is cut.
  const bulkEnd = latest([dues[Math.ceil(0.9 * dues.length) - 1], today]);
  const threshold = Math.max(Math.round(daysBetween(from, bulkEnd) * OFF_SCALE_SHARE), OFF_SCALE_MIN_DAYS);
  const isOffScale = (due: CalendarDate) => daysBetween(bulkEnd, due) > threshold;
  const onScale = dues.filter((due) => !isOffScale(due));
  return { from, to: latest([today, ...onScale, ...bars.map((b) => b.start)]), offScale: dues.filter(isOffScale) };
};
