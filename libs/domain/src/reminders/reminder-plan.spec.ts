import fc from 'fast-check';
import { addDays, CalendarDate } from '../calendar';
import { REMINDER_DAY_MS, ReminderClock } from './reminder-clock';
import { reminderJobId } from './reminder-job-id';
import { nextReminder, PlannedReminder, reminderOfKind, remindersAfter } from './reminder-plan';
import { DEFAULT_REMINDER_RULES, ReminderRules } from './reminder-rules';

const ID = '6f1c2a9e-3b7d-4e8a-9c1f-2d5e7a9b0c3d';
const rules: ReminderRules = { ...DEFAULT_REMINDER_RULES };
const clockAt = (iso: string, frame: Partial<ReminderClock> = {}): ReminderClock => ({ unitMs: REMINDER_DAY_MS, overdueMaxDays: 366, ...frame, now: () => new Date(iso) });
const show = (r: PlannedReminder | null) => (r ? `${r.kind}@${r.at.toISOString()}${r.type === 'overdue' && r.escalate ? '+ubnd' : ''}` : null);

describe('remindersAfter', () => {
  it('sends 7, 3, 1 days before and on the due day at 08:00 Hà Nội, then daily overdue with the UBND from day 3', () => {
    const sut = [...remindersAfter('2026-12-31', rules, clockAt('2026-12-01T00:00:00Z'), new Date(0))].slice(0, 8).map(show);
    expect(sut).toEqual([
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

  it('at 06:30 Hà Nội the reminder falls on the previous UTC day; offsets in any order', () => {
    const sut = [...remindersAfter('2027-01-01', { ...rules, hourOfDay: '06:30', offsetsDays: [0, 1] }, clockAt('2026-12-01T00:00:00Z', { overdueMaxDays: 0 }), new Date(0))];
    expect(sut.map(show)).toEqual(['due-in-1@2026-12-30T23:30:00.000Z', 'due-today@2026-12-31T23:30:00.000Z']);
  });

  it('without daily overdue reminders sends day 1 and the escalation day only, and stops after the last overdue day', () => {
    const frame = clockAt('2026-12-01T00:00:00Z', { overdueMaxDays: 10 });
    const sut = [...remindersAfter('2026-12-31', { ...rules, offsetsDays: [], overdueDaily: false, escalateToUbndFromDay: 5 }, frame, new Date(0))];
    expect(sut.map(show)).toEqual(['overdue-1@2027-01-01T01:00:00.000Z', 'overdue-5@2027-01-05T01:00:00.000Z+ubnd']);
    expect([...remindersAfter('2026-12-31', rules, frame, new Date(0))].at(-1)?.kind).toBe('overdue-10');
  });

  it('compresses days into units from an origin: the due date that is today at the origin falls on it', () => {
    const origin = Date.parse('2026-12-01T03:00:00Z');
    const frame = clockAt('2026-12-01T03:00:00Z', { unitMs: 1000, originMs: origin, overdueMaxDays: 2 });
    const sut = [...remindersAfter(addDays('2026-12-01', 10), { ...rules, offsetsDays: [2, 0] }, frame, new Date(0))];
    expect(sut.map((r) => [r.kind, r.at.getTime() - origin])).toEqual([['due-in-2', 8000], ['due-today', 10_000], ['overdue-1', 11_000], ['overdue-2', 12_000]]);
  });
});

describe('reminderOfKind', () => {
  it('finds a stored kind under the current rules, or null when the rules no longer send it', () => {
    const frame = clockAt('2026-12-01T00:00:00Z', { overdueMaxDays: 5 });
    expect(show(reminderOfKind('2026-12-31', 'overdue-3', rules, frame))).toBe('overdue-3@2027-01-03T01:00:00.000Z+ubnd');
    expect(reminderOfKind('2026-12-31', 'overdue-2', { ...rules, overdueDaily: false }, frame)).toBeNull();
    expect(reminderOfKind('2026-12-31', 'overdue-6', rules, frame)).toBeNull();
    expect(reminderOfKind('2026-12-31', 'due-in-2', rules, frame)).toBeNull();
    expect(reminderOfKind('2026-12-31', 'monthly-report', rules, frame)).toBeNull();
  });
});

describe('nextReminder', () => {
  it('after a rule change the day before the due date, is the waiting due-day reminder, never the one already sent (issue 10)', () => {
    const sut = nextReminder({ dueDate: '2026-12-31', rules: { ...rules, escalateToUbndFromDay: 5 }, clock: clockAt('2026-12-30T05:00:00Z'), delivered: new Set(['due-in-7', 'due-in-3', 'due-in-1']) });
    expect(show(sut)).toBe('due-today@2026-12-31T01:00:00.000Z');
  });

  it('catches up the reminder missed within the last day, not older ones', () => {
    const clock = clockAt('2026-12-30T05:00:00Z');
    expect(show(nextReminder({ dueDate: '2026-12-31', rules, clock, delivered: new Set() }))).toBe('due-in-1@2026-12-30T01:00:00.000Z');
  });

  it('never goes back to an earlier kind added after a later one was sent', () => {
    const changed = { ...rules, offsetsDays: [2, 1, 0], hourOfDay: '14:00' };
    const sut = nextReminder({ dueDate: '2026-12-31', rules: changed, clock: clockAt('2026-12-30T02:00:00Z'), delivered: new Set(['due-in-1']) });
    expect(show(sut)).toBe('due-today@2026-12-31T07:00:00.000Z');
  });

  it('after a late reminder, chains the next one even if its instant has passed too, so a stopped worker drops nothing', () => {
    const clock = clockAt('2027-01-02T05:00:00Z');
    const sent = nextReminder({ dueDate: '2026-12-31', rules, clock: clockAt('2026-12-30T05:00:00Z'), delivered: new Set() });
    expect(show(nextReminder({ dueDate: '2026-12-31', rules, clock, delivered: new Set(), following: sent ?? undefined }))).toBe('due-today@2026-12-31T01:00:00.000Z');
    expect(show(nextReminder({ dueDate: '2026-12-31', rules, clock, delivered: new Set() }))).toBe('overdue-2@2027-01-02T01:00:00.000Z');
  });

  it('is null once the last overdue day has been sent', () => {
    const clock = clockAt('2027-01-03T02:00:00Z', { overdueMaxDays: 2 });
    expect(nextReminder({ dueDate: '2026-12-31', rules, clock, delivered: new Set(['overdue-2']) })).toBeNull();
  });
});

/**
 * A model of the product around the planning functions: a queue of delayed jobs keyed by job id (completed jobs are
 * removed, as REMINDER_JOB_OPTIONS does), a relay that plans after every change, a processor that re-reads the
 * rules and chains the next reminder, reconciliation at restart and after Redis loses its data.
 */
class Model {
  now: number;
  readonly delivered = new Map<string, { dueDate: CalendarDate; atMs: number }[]>();
  private queue = new Map<string, { dueDate: CalendarDate; kind: string; at: number }>();

  constructor(
    start: number,
    public dueDate: CalendarDate,
    public rules: ReminderRules,
    private readonly overdueMaxDays: number,
  ) {
    this.now = start;
    this.plan();
  }

  clock(): ReminderClock {
    return { unitMs: REMINDER_DAY_MS, overdueMaxDays: this.overdueMaxDays, now: () => new Date(this.now) };
  }

  deliveredKinds(dueDate: CalendarDate): Set<string> {
    return new Set([...this.delivered].filter(([, sends]) => sends.some((s) => s.dueDate === dueDate)).map(([kind]) => kind));
  }

  /** The relay, reconciliation and the processor's chaining all come here. */
  plan(following?: PlannedReminder): void {
    const next = nextReminder({ dueDate: this.dueDate, rules: this.rules, clock: this.clock(), delivered: this.deliveredKinds(this.dueDate), following });
    if (next) this.queue.set(reminderJobId({ workPackageId: ID, kind: next.kind, at: next.at }), { dueDate: this.dueDate, kind: next.kind, at: next.at.getTime() });
  }

  change(dueDate: CalendarDate, rules: ReminderRules, removeOld: boolean): void {
    [this.dueDate, this.rules] = [dueDate, rules];
    // Removing the old job may fail (it is running); the processor then finds it stale.
    if (removeOld) this.queue.clear();
    this.plan();
  }

  flushRedis(): void {
    this.queue.clear();
    this.plan();
  }

  /** Runs every job due up to `to`, each at its own instant, like a running worker. */
  advance(to: number, workerRunning = true): void {
    for (;;) {
      const due = [...this.queue].filter(([, job]) => job.at <= to).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due || !workerRunning) break;
      const [id, job] = due;
      this.now = Math.max(this.now, job.at);
      this.queue.delete(id);
      this.process(job);
    }
    this.now = Math.max(this.now, to);
  }

  private process(job: { dueDate: CalendarDate; kind: string; at: number }): void {
    if (job.dueDate !== this.dueDate) return;
    const current = reminderOfKind(this.dueDate, job.kind, this.rules, this.clock());
    if (!current || current.at.getTime() !== job.at) return;
    const sends = this.delivered.get(job.kind) ?? [];
    // The unique key on reminder_deliveries: one delivery per kind and deadline.
    if (!sends.some((s) => s.dueDate === this.dueDate)) this.delivered.set(job.kind, [...sends, { dueDate: this.dueDate, atMs: this.now }]);
    this.plan(current);
  }
}

const rulesArb: fc.Arbitrary<ReminderRules> = fc.record({
  offsetsDays: fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
  hourOfDay: fc.constantFrom('06:30', '08:00', '13:15', '23:45', '00:00'),
  overdueDaily: fc.boolean(),
  escalateToUbndFromDay: fc.integer({ min: 1, max: 6 }),
  monthlyReportDay: fc.constant(15),
});

const HOUR = 3_600_000;
const opArb = fc.oneof(
  fc.record({ op: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ op: fc.constant('rules' as const), rules: rulesArb, removeOld: fc.boolean() }),
  fc.record({ op: fc.constant('due' as const), shiftDays: fc.integer({ min: -4, max: 6 }), removeOld: fc.boolean() }),
  fc.record({ op: fc.constant('restart' as const) }),
  fc.record({ op: fc.constant('flush' as const) }),
  fc.record({ op: fc.constant('pause' as const), hours: fc.integer({ min: 1, max: 60 }) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const apply = (model: Model, op: Op): void => {
  switch (op.op) {
    case 'advance':
      return model.advance(model.now + op.hours * HOUR);
    case 'pause':
      return model.advance(model.now + op.hours * HOUR, false);
    case 'rules':
      return model.change(model.dueDate, op.rules, op.removeOld);
    case 'due':
      return model.change(addDays(model.dueDate, op.shiftDays), model.rules, op.removeOld);
    case 'restart':
      return model.plan();
    case 'flush':
      return model.flushRedis();
  }
};

describe('reminder planning under rule changes, moved deadlines, restarts, Redis loss and clock moves', () => {
  it('delivers every reminder the rules define after the last change exactly once, on time and in order', () => {
    const start = Date.parse('2026-12-20T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        rulesArb,
        fc.array(opArb, { maxLength: 12 }),
        fc.oneof(fc.record({ op: fc.constant('rules' as const), rules: rulesArb, removeOld: fc.boolean() }), fc.record({ op: fc.constant('due' as const), shiftDays: fc.integer({ min: -4, max: 6 }), removeOld: fc.boolean() })),
        fc.array(opArb.filter((op) => op.op === 'advance' || op.op === 'restart' || op.op === 'flush'), { maxLength: 10 }),
        (dueInDays, initialRules, before, lastChange, after) => {
          const model = new Model(start, addDays('2026-12-20', dueInDays), initialRules, 8);
          before.forEach((op) => apply(model, op));
          // A stopped worker catches up when it comes back; the property is about a running one after the change.
          model.advance(model.now);
          model.plan();
          apply(model, lastChange);
          const changedAt = model.now;
          const deliveredBefore = model.deliveredKinds(model.dueDate);
          after.forEach((op) => apply(model, op));
          model.advance(model.now + 60 * 24 * HOUR);

          const clock = model.clock();
          const lastSentBefore = Math.max(changedAt - REMINDER_DAY_MS, ...[...deliveredBefore].map((kind) => reminderOfKind(model.dueDate, kind, model.rules, clock)?.at.getTime() ?? -Infinity));
          const expected = [...remindersAfter(model.dueDate, model.rules, clock, new Date(lastSentBefore))].filter((r) => !deliveredBefore.has(r.kind) && r.at.getTime() > changedAt && r.at.getTime() <= model.now);
          const sentAfter = [...model.delivered]
            .flatMap(([kind, sends]) => sends.filter((s) => s.dueDate === model.dueDate && !deliveredBefore.has(kind)).map((s) => ({ kind, atMs: s.atMs })))
            .sort((a, b) => a.atMs - b.atMs);
          expect(sentAfter.filter((s) => s.atMs > changedAt)).toEqual(expected.map((r) => ({ kind: r.kind, atMs: r.at.getTime() })));
          for (const sends of model.delivered.values()) expect(new Set(sends.map((s) => s.dueDate)).size).toBe(sends.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
