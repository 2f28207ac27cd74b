import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays, compareDates, daysBetween, weekdayOf } from './calendar-date.util';
import { endOfDayUtc, localTimeOf, localTimeToUtc, startOfDayUtc, todayIn } from './hanoi-clock.util';
import { endOfQuarter, endOfYear } from './period-end.util';
import { formatDateVi, parseDateVi } from './vietnamese-date-format.util';

const REPO_ROOT = resolve(__dirname, '../../../..');
const SOURCE_FOLDERS = ['calendar', 'work-package', 'reminders'].map((folder) => resolve(__dirname, '..', folder));

const LOCAL_TIME_METHODS = [
  'getFullYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getMilliseconds',
  'getTimezoneOffset',
  'setFullYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'setMilliseconds',
  'toLocaleDateString',
  'toLocaleTimeString',
  'toLocaleString',
  'toDateString',
  'toTimeString',
] as const;

const exerciseCalendar = () => [
  todayIn(new Date('2026-12-31T16:59:59.999Z')),
  todayIn(new Date('2026-12-31T17:00:00.000Z')),
  endOfDayUtc('2026-12-31').toISOString(),
  startOfDayUtc('2027-01-01').toISOString(),
  localTimeToUtc('2026-12-31', '08:00').toISOString(),
  localTimeOf(new Date('2026-12-31T17:30:00.000Z')),
  addDays('2026-12-31', 1),
  compareDates('2026-12-31', '2027-01-01'),
  daysBetween('2026-12-31', '2027-01-01'),
  weekdayOf('2026-12-28'),
  formatDateVi('2026-12-31'),
  parseDateVi('31/12/2026'),
  endOfQuarter('2026-05-02'),
  endOfYear('2026-05-02'),
];

describe('calendar independence from the host time zone', () => {
  it('never calls a local-time method of Date', () => {
    const spies = LOCAL_TIME_METHODS.map((method) => jest.spyOn(Date.prototype, method));
    try {
      exerciseCalendar();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  const sources = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')] as const),
  );

  it.each(sources)('%s uses no local-time Date API', (_name, text) => {
    expect(text).not.toMatch(new RegExp(`\\.(${LOCAL_TIME_METHODS.join('|')})\\(`));
    // new Date(y, m, d) reads the host zone; only the one-argument form is allowed.
    expect(text).not.toMatch(/new Date\([^()]*,/);
  });

  const script = [
    "import * as c from './libs/domain/src/calendar';",
    "import * as w from './libs/domain/src/work-package';",
    "import * as r from './libs/domain/src/reminders';",
    'const pkg = { status: "in_progress", dueDate: "2026-12-31", completedOn: null };',
    'console.log(JSON.stringify({',
    '  offset: new Date("2026-12-31T12:00:00Z").getTimezoneOffset(),',
    '  result: [',
    '    c.todayIn(new Date("2026-12-31T16:59:59.999Z")), c.todayIn(new Date("2026-12-31T17:00:00.000Z")),',
    '    c.endOfDayUtc("2026-12-31").toISOString(), c.localTimeToUtc("2026-12-31", "08:00").toISOString(),',
    '    c.localTimeOf(new Date("2026-12-31T17:30:00.000Z")), c.addDays("2026-12-31", 1), c.formatDateVi("2026-12-31"),',
    '    w.categoryAt(pkg, new Date("2026-12-31T16:59:59Z")), w.categoryAt(pkg, new Date("2026-12-31T17:00:00Z")),',
    '    [...r.remindersAfter("2026-12-31", r.DEFAULT_REMINDER_RULES, { unitMs: r.REMINDER_DAY_MS, overdueMaxDays: 0 }, new Date(0))].map((x) => x.kind + "@" + x.at.toISOString()),',
    '    r.monthlyReportInstant(2026, 12, r.DEFAULT_REMINDER_RULES).toISOString(),',
    '  ],',
    '}));',
  ].join('\n');

  const runUnder = (tz: string): { offset: number; result: unknown[] } => {
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['-e', script], {
      cwd: REPO_ROOT,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0) throw new Error(`tsx failed under TZ=${tz}: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() as string);
  };

  const expected = [
    '2026-12-31',
    '2027-01-01',
    '2026-12-31T16:59:59.999Z',
    '2026-12-31T01:00:00.000Z',
    '00:30',
    '2027-01-01',
    '31/12/2026',
    'open_on_time',
    'open_overdue',
    [
      'due-in-7@2026-12-24T01:00:00.000Z',
      'due-in-3@2026-12-28T01:00:00.000Z',
      'due-in-1@2026-12-30T01:00:00.000Z',
      'due-today@2026-12-31T01:00:00.000Z',
    ],
    '2026-12-15T01:00:00.000Z',
  ];

  it.each([
    ['America/New_York', 300],
    ['Asia/Tokyo', -540],
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
    ['UTC', 0],
  ])('gives the same answers in a process running under TZ=%s', (tz, offset) => {
    const { offset: seen, result } = runUnder(tz);
    expect(seen).toBe(offset);
    expect(result).toEqual(expected);
  }, 60_000);
});
