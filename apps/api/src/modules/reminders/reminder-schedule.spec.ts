import { DEFAULT_REMINDER_RULES } from '@mandate/domain';
import { effectiveRules, jobIdsToRemove, nextReminder, plannedReminderOf, reminderAfter } from './reminder-schedule';

const ID = '6f1c2a9e-3b7d-4e8a-9c1f-2d5e7a9b0c3d';
const day = { unitMs: 86_400_000, overdueMaxDays: 366 };

describe('reminder schedule', () => {
  it('puts the 08:00 Hà Nội reminder at 01:00 UTC', () => {
    const sut = plannedReminderOf(ID, '2026-12-31', 'due-today', effectiveRules(null, day), day);
    expect(sut).toMatchObject({ kind: 'due-today', at: new Date('2026-12-31T01:00:00.000Z'), jobId: `reminder-${ID}-due-today-1798650000000` });
  });

  it('starts with the 7-day reminder and chains 3, 1, due day, then overdue daily with escalation from day 3', () => {
    const rules = effectiveRules(null, day);
    const kinds: string[] = [];
    let current = nextReminder(ID, '2026-12-31', rules, day, new Date('2026-12-01T00:00:00Z'));
    while (current && kinds.length < 8) {
      kinds.push(`${current.kind}@${current.at.toISOString()}${current.escalate ? '+ubnd' : ''}`);
      current = reminderAfter(ID, '2026-12-31', current, rules, day);
    }
    expect(kinds).toEqual([
      'due-in-7@2026-12-24T01:00:00.000Z',
      'due-in-3@2026-12-28T01:00:00.000Z',
      'due-in-1@2026-12-30T01:00:00.000Z',
      'due-today@2026-12-31T01:00:00.000Z',
      'overdue-1@2027-01-01T01:00:00.000Z',
      'overdue-2@2027-01-02T01:00:00.000Z',
      'overdue-3@2027-01-03T01:00:00.000Z+ubnd',
      'overdue-4@2027-01-04T01:00:00.000Z+ubnd',
    ]);
  });

  it('resends a reminder missed within the last unit, not older ones', () => {
    const rules = effectiveRules(null, day);
    expect(nextReminder(ID, '2026-12-31', rules, day, new Date('2026-12-28T05:00:00Z'))?.kind).toBe('due-in-3');
    expect(nextReminder(ID, '2026-12-31', rules, day, new Date('2026-12-29T05:00:00Z'))?.kind).toBe('due-in-1');
  });

  it('compresses days onto seconds from an origin', () => {
    const origin = Date.parse('2026-11-27T10:00:00.000Z'); // Hà Nội date 2026-11-27
    const clock = { unitMs: 1000, originMs: origin, overdueMaxDays: 2 };
    const rules = effectiveRules({ offsetsDays: [2, 0] }, clock);
    const first = nextReminder(ID, '2026-12-07', rules, clock, new Date(origin));
    expect(first).toMatchObject({ kind: 'due-in-2', at: new Date(origin + 8000) });
    expect(plannedReminderOf(ID, '2026-12-07', 'overdue-2', rules, clock)).toMatchObject({ at: new Date(origin + 12_000), escalate: false });
    expect(plannedReminderOf(ID, '2026-12-07', 'overdue-3', rules, clock)).toBeNull();
    expect(plannedReminderOf(ID, '2026-12-07', 'due-in-7', rules, clock)).toBeNull();
  });

  it('falls back to the defaults when stored rules are invalid, and never takes a unit from a plan', () => {
    expect(effectiveRules({ hourOfDay: 'noon' } as never, day)).toEqual(DEFAULT_REMINDER_RULES);
    expect(effectiveRules({ unitMs: 5 }, day).unitMs).toBe(86_400_000);
  });

  it('names every job a moved deadline may have waiting', () => {
    const ids = jobIdsToRemove(ID, '2026-12-31', effectiveRules(null, day), day, new Date('2027-01-05T00:00:00Z'));
    expect(ids).toEqual(expect.arrayContaining([`reminder-${ID}-due-in-7-1798650000000`, `reminder-${ID}-overdue-5-1798650000000`]));
  });
});
