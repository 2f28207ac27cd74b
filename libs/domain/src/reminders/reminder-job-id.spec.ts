import { DomainError } from '../errors/domain-error';
import { ReminderKind } from './due-reminder.schedule';
import { reminderJobId } from './reminder-job-id';

const ID = '6f1c2a9e-3b7d-4e8a-9c1f-2d5e7a9b0c3d';

describe('reminderJobId', () => {
  it.each<[ReminderKind, string, string]>([
    ['due-in-7', '2026-12-31', `reminder-${ID}-due-in-7-1798650000000`],
    ['due-today', '2026-12-31', `reminder-${ID}-due-today-1798650000000`],
    ['overdue-3', '2026-12-31', `reminder-${ID}-overdue-3-1798650000000`],
    ['due-in-1', '2027-01-01', `reminder-${ID}-due-in-1-1798736400000`],
  ])('%s for a package due %s is %s', (kind, dueDate, expected) => {
    expect(reminderJobId({ workPackageId: ID, kind, dueDate })).toBe(expected);
  });

  it('is the same for the same key and never contains ":"', () => {
    const key = { workPackageId: ID, kind: 'due-in-3' as const, dueDate: '2026-12-31' };
    expect(reminderJobId(key)).toBe(reminderJobId({ ...key }));
    expect(reminderJobId(key)).not.toContain(':');
    expect(reminderJobId(key)).not.toMatch(/^\d+$/);
  });

  it('changes when the deadline moves', () => {
    expect(reminderJobId({ workPackageId: ID, kind: 'due-in-3', dueDate: '2026-12-31' })).not.toBe(
      reminderJobId({ workPackageId: ID, kind: 'due-in-3', dueDate: '2027-01-31' }),
    );
  });

  it.each<[string, string, string, string]>([
    ['an id with a colon', 'wp:1', 'due-today', '2026-12-31'],
    ['an empty id', '', 'due-today', '2026-12-31'],
    ['an unknown kind', ID, 'due-soon', '2026-12-31'],
    ['overdue day 0', ID, 'overdue-0', '2026-12-31'],
    ['an impossible due date', ID, 'due-today', '2026-02-30'],
  ])('refuses %s', (_case, workPackageId, kind, dueDate) => {
    expect(() => reminderJobId({ workPackageId, kind: kind as ReminderKind, dueDate })).toThrow(DomainError);
  });
});
