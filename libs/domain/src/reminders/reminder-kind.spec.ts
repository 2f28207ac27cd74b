import { DomainError } from '../errors/domain-error';
import { dueReminderKind, isReminderKind, overdueReminderKind, parseReminderKind, reminderKindOf } from './reminder-kind';

describe('reminder kinds', () => {
  it.each([
    ['due-today', { type: 'due', offsetDays: 0 }],
    ['due-in-7', { type: 'due', offsetDays: 7 }],
    ['overdue-12', { type: 'overdue', dayNumber: 12 }],
  ] as const)('%s reads back as %j and is written the same way', (text, parts) => {
    expect(parseReminderKind(text)).toEqual(parts);
    expect(reminderKindOf(parts)).toBe(text);
  });

  it.each(['monthly-report', 'weekly-digest', 'due-in-0', 'overdue-0', 'overdue-01', 'due-in-', 'due-in-7x', ''])('%j is not a package reminder', (text) => {
    expect(parseReminderKind(text)).toBeNull();
    expect(isReminderKind(text)).toBe(false);
  });

  it('refuses impossible offsets and days', () => {
    expect(() => dueReminderKind(-1)).toThrow(DomainError);
    expect(() => dueReminderKind(1.5)).toThrow(DomainError);
    expect(() => overdueReminderKind(0)).toThrow(DomainError);
  });
});
