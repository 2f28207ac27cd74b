import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { addDays, assertIsoDate, calendarDateOf, compareDates, dateOfEpochDay, daysBetween, daysInMonth, epochDayOf, isValidIsoDate, weekdayOf } from './calendar-date.util';

describe('isValidIsoDate', () => {
  it.each([
    ['2026-12-31', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0050-06-15', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-12-31T00:00:00Z', false],
    [' 2026-12-31', false],
    ['31/12/2026', false],
    ['', false],
    [null, false],
    [20261231, false],
    [new Date('2026-12-31'), false],
  ])('%p → %p', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('assertIsoDate', () => {
  it('returns a valid date unchanged', () => {
    expect(assertIsoDate('2026-12-31', 'dueDate')).toBe('2026-12-31');
  });

  it('throws VALIDATION_FAILED naming the field', () => {
    const thrown = (() => {
      try {
        assertIsoDate('2026-02-30', 'dueDate');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'dueDate' }] });
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-12-31', -7, '2026-12-24'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-12-31', 1.5],
    ['9999-12-31', 1],
  ])('refuses %s + %p', (date, days) => {
    expect(() => addDays(date, days)).toThrow(DomainError);
  });
});

describe('compareDates', () => {
  it.each([
    ['2026-12-30', '2026-12-31', -1],
    ['2026-12-31', '2026-12-31', 0],
    ['2027-01-01', '2026-12-31', 1],
    ['2026-09-30', '2026-10-01', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-12-31', '2027-01-01', 1],
    ['2027-01-01', '2026-12-31', -1],
    ['2026-01-01', '2026-12-31', 364],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-12-31', '2026-12-31', 0],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2026-12-28', 1],
    ['2026-12-31', 4],
    ['2027-01-03', 7],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(weekdayOf(date)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });

  it('refuses month 13', () => {
    expect(() => daysInMonth(2026, 13)).toThrow(DomainError);
  });
});

describe('calendarDateOf', () => {
  it.each([
    [2026, 12, 31, '2026-12-31'],
    [2026, 1, 5, '2026-01-05'],
  ])('%i, %i, %i → %s', (year, month, day, expected) => {
    expect(calendarDateOf(year, month, day)).toBe(expected);
  });

  it('refuses a day that does not exist', () => {
    expect(() => calendarDateOf(2026, 2, 29)).toThrow(DomainError);
  });
});

describe('calendar arithmetic properties', () => {
  const epochDay = fc.integer({ min: epochDayOf('1900-01-01'), max: epochDayOf('2199-12-31') });

  it('epoch day and date convert both ways', () => {
    fc.assert(fc.property(epochDay, (n) => epochDayOf(dateOfEpochDay(n)) === n && isValidIsoDate(dateOfEpochDay(n))));
  });

  it('adding days then measuring them gives the days back', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -3660, max: 3660 }), (n, days) => {
        const from = dateOfEpochDay(n);
        return daysBetween(from, addDays(from, days)) === days;
      }),
    );
  });

  it('string order is date order', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        const [x, y] = [dateOfEpochDay(a), dateOfEpochDay(b)];
        return compareDates(x, y) === Math.sign(x.localeCompare(y));
      }),
    );
  });
});
