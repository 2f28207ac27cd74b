import { DomainError } from '../errors/domain-error';
import { ReminderKind } from './reminder-kind';
import { reminderJobId } from './reminder-job-id';

const ID = '6f1c2a9e-3b7d-4e8a-9c1f-2d5e7a9b0c3d';
const AT = new Date('2026-12-31T01:00:00.000Z');

describe('reminderJobId', () => {
  it.each<[ReminderKind, string]>([
    ['due-in-7', `reminder-${ID}-due-in-7-1798678800000`],
    ['due-today', `reminder-${ID}-due-today-1798678800000`],
    ['overdue-3', `reminder-${ID}-overdue-3-1798678800000`],
  ])('%s at 08:00 Hà Nội on 31/12/2026 is %s', (kind, expected) => {
    expect(reminderJobId({ workPackageId: ID, kind, at: AT })).toBe(expected);
  });

  it('is the same for the same key and never contains ":"', () => {
    const key = { workPackageId: ID, kind: 'due-in-3' as const, at: AT };
    expect(reminderJobId(key)).toBe(reminderJobId({ ...key, at: new Date(AT.getTime()) }));
    expect(reminderJobId(key)).not.toContain(':');
    expect(reminderJobId(key)).not.toMatch(/^\d+$/);
  });

  it('changes when the instant moves (a moved deadline or new rules)', () => {
    expect(reminderJobId({ workPackageId: ID, kind: 'due-in-3', at: AT })).not.toBe(reminderJobId({ workPackageId: ID, kind: 'due-in-3', at: new Date(AT.getTime() + 3_600_000) }));
  });

  it.each<[string, string, string, Date]>([
    ['an id with a colon', 'wp:1', 'due-today', AT],
    ['an empty id', '', 'due-today', AT],
    ['an unknown kind', ID, 'due-soon', AT],
    ['overdue day 0', ID, 'overdue-0', AT],
    ['an invalid instant', ID, 'due-today', new Date('nope')],
  ])('refuses %s', (_case, workPackageId, kind, at) => {
    expect(() => reminderJobId({ workPackageId, kind: kind as ReminderKind, at })).toThrow(DomainError);
  });
});
