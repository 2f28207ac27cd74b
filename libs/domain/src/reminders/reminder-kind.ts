import { DomainError } from '../errors/domain-error';

export type DueReminderKind = `due-in-${number}` | 'due-today';
export type OverdueReminderKind = `overdue-${number}`;
/** The name a package reminder is stored and keyed under (deliveries, notifications, job ids). */
export type ReminderKind = DueReminderKind | OverdueReminderKind;

/** A reminder kind read back: how many days before the due date, or which overdue day. */
export type ReminderKindParts = { type: 'due'; offsetDays: number } | { type: 'overdue'; dayNumber: number };

const assertWhole = (value: number, min: number, what: string): void => {
  if (!Number.isInteger(value) || value < min) throw new DomainError('VALIDATION_FAILED', `${what} is a whole number from ${min}, got ${value}`);
};

export const dueReminderKind = (offsetDays: number): DueReminderKind => {
  assertWhole(offsetDays, 0, 'A reminder offset');
  return offsetDays === 0 ? 'due-today' : `due-in-${offsetDays}`;
};

export const overdueReminderKind = (dayNumber: number): OverdueReminderKind => {
  assertWhole(dayNumber, 1, 'An overdue day number');
  return `overdue-${dayNumber}`;
};

export const reminderKindOf = (parts: ReminderKindParts): ReminderKind =>
  parts.type === 'due' ? dueReminderKind(parts.offsetDays) : overdueReminderKind(parts.dayNumber);

const KIND = /^(?:due-in-([1-9]\d{0,5})|(due-today)|overdue-([1-9]\d{0,5}))$/;

/** The parts of a stored kind, or null for anything that is not a package reminder (e.g. `monthly-report`). */
export const parseReminderKind = (text: string): ReminderKindParts | null => {
  const match = KIND.exec(text);
  if (!match) return null;
  if (match[2]) return { type: 'due', offsetDays: 0 };
  return match[1] ? { type: 'due', offsetDays: Number(match[1]) } : { type: 'overdue', dayNumber: Number(match[3]) };
};

export const isReminderKind = (text: unknown): text is ReminderKind => typeof text === 'string' && parseReminderKind(text) !== null;
