import { DEFAULT_REMINDER_RULES, ReminderRules } from './reminder-rules';
import {
  dueInstant,
  dueReminderInstants,
  dueReminderKind,
  dueRemindersBefore,
  nextOverdueReminder,
  overdueDayNumber,
  overdueReminderAt,
  shouldEscalate,
} from './due-reminder.schedule';

const rules: ReminderRules = { ...DEFAULT_REMINDER_RULES };
const iso = (at: Date | null) => at?.toISOString() ?? null;

describe('dueReminderInstants', () => {
  it('an 08:00 reminder is 01:00 UTC', () => {
    expect(dueReminderInstants('2026-12-31', rules).map(({ kind, at }) => [kind, at.toISOString()])).toEqual([
      ['due-in-7', '2026-12-24T01:00:00.000Z'],
      ['due-in-3', '2026-12-28T01:00:00.000Z'],
      ['due-in-1', '2026-12-30T01:00:00.000Z'],
      ['due-today', '2026-12-31T01:00:00.000Z'],
    ]);
  });

  it.each<[string, Partial<ReminderRules>, string, [string, string][]]>([
    ['across a month end', {}, '2027-03-02', [
      ['due-in-7', '2027-02-23T01:00:00.000Z'],
      ['due-in-3', '2027-02-27T01:00:00.000Z'],
      ['due-in-1', '2027-03-01T01:00:00.000Z'],
      ['due-today', '2027-03-02T01:00:00.000Z'],
    ]],
    ['at 06:30 Hà Nội, the previous UTC day', { hourOfDay: '06:30', offsetsDays: [1, 0] }, '2027-01-01', [
      ['due-in-1', '2026-12-30T23:30:00.000Z'],
      ['due-today', '2026-12-31T23:30:00.000Z'],
    ]],
    ['offsets given in any order, repeated', { offsetsDays: [0, 14, 0, 2] }, '2026-12-31', [
      ['due-in-14', '2026-12-17T01:00:00.000Z'],
      ['due-in-2', '2026-12-29T01:00:00.000Z'],
      ['due-today', '2026-12-31T01:00:00.000Z'],
    ]],
    ['no offsets', { offsetsDays: [] }, '2026-12-31', []],
    ['compressed to seconds before the due instant', { unitMs: 1000 }, '2026-12-31', [
      ['due-in-7', '2026-12-31T00:59:53.000Z'],
      ['due-in-3', '2026-12-31T00:59:57.000Z'],
      ['due-in-1', '2026-12-31T00:59:59.000Z'],
      ['due-today', '2026-12-31T01:00:00.000Z'],
    ]],
  ])('%s', (_case, change, dueDate, expected) => {
    expect(dueReminderInstants(dueDate, { ...rules, ...change }).map(({ kind, at }) => [kind, at.toISOString()])).toEqual(expected);
  });

  it('counts compressed offsets from any due instant a test chooses', () => {
    const due = new Date('2026-11-27T10:00:10.000Z');
    expect(dueRemindersBefore(due, { offsetsDays: [7, 3, 1, 0], unitMs: 1000 }).map(({ at }) => at.toISOString())).toEqual([
      '2026-11-27T10:00:03.000Z',
      '2026-11-27T10:00:07.000Z',
      '2026-11-27T10:00:09.000Z',
      '2026-11-27T10:00:10.000Z',
    ]);
  });

  it('anchors at hourOfDay on the due date', () => {
    expect(dueInstant('2026-12-31', rules).toISOString()).toBe('2026-12-31T01:00:00.000Z');
  });

  it.each([
    [0, 'due-today'],
    [1, 'due-in-1'],
    [7, 'due-in-7'],
  ])('offset %i is kind %s', (offset, kind) => {
    expect(dueReminderKind(offset)).toBe(kind);
  });
});

describe('overdue reminders', () => {
  it.each<[number, Partial<ReminderRules>, string | null]>([
    [1, {}, '2027-01-01T01:00:00.000Z'],
    [2, {}, '2027-01-02T01:00:00.000Z'],
    [3, {}, '2027-01-03T01:00:00.000Z'],
    [30, {}, '2027-01-30T01:00:00.000Z'],
    [1, { overdueDaily: false }, '2027-01-01T01:00:00.000Z'],
    [2, { overdueDaily: false }, null],
    [3, { overdueDaily: false }, '2027-01-03T01:00:00.000Z'],
    [4, { overdueDaily: false }, null],
    [2, { unitMs: 1000 }, '2026-12-31T01:00:02.000Z'],
  ])('day %i with %j is sent at %s', (day, change, expected) => {
    expect(iso(overdueReminderAt('2026-12-31', day, { ...rules, ...change }))).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses day number %p', (day) => {
    expect(() => overdueReminderAt('2026-12-31', day, rules)).toThrow();
  });

  it.each<[number, number, boolean]>([
    [1, 3, false],
    [2, 3, false],
    [3, 3, true],
    [10, 3, true],
    [1, 1, true],
    [0, 1, false],
  ])('day %i with escalation from day %i escalates: %p', (day, from, expected) => {
    expect(shouldEscalate(day, { escalateToUbndFromDay: from })).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['2026-12-30', '2026-12-31', 0],
    ['2026-12-31', '2026-12-31', 0],
    ['2027-01-01', '2026-12-31', 1],
    ['2027-01-03', '2026-12-31', 3],
  ])('on %s a package due %s is %i days overdue', (asOf, dueDate, expected) => {
    expect(overdueDayNumber(dueDate, asOf)).toBe(expected);
  });

  it.each<[string, string, Partial<ReminderRules>, [string, number, string, boolean] | null]>([
    ['long before the due date', '2026-12-01T00:00:00Z', {}, ['overdue-1', 1, '2027-01-01T01:00:00.000Z', false]],
    ['at the due-day reminder', '2026-12-31T01:00:00Z', {}, ['overdue-1', 1, '2027-01-01T01:00:00.000Z', false]],
    ['exactly at day 1', '2027-01-01T01:00:00Z', {}, ['overdue-2', 2, '2027-01-02T01:00:00.000Z', false]],
    ['just before day 3', '2027-01-03T00:59:59.999Z', {}, ['overdue-3', 3, '2027-01-03T01:00:00.000Z', true]],
    ['after day 1, not daily', '2027-01-01T02:00:00Z', { overdueDaily: false }, ['overdue-3', 3, '2027-01-03T01:00:00.000Z', true]],
    ['after the escalation, not daily', '2027-01-03T02:00:00Z', { overdueDaily: false }, null],
    ['compressed', '2026-12-31T01:00:01.500Z', { unitMs: 1000 }, ['overdue-2', 2, '2026-12-31T01:00:02.000Z', false]],
  ])('next after %s (%s, %j)', (_case, after, change, expected) => {
    const next = nextOverdueReminder('2026-12-31', new Date(after), { ...rules, ...change });
    expect(next && [next.kind, next.dayNumber, next.at.toISOString(), next.escalate]).toEqual(expected);
  });
});
