import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { addDays } from './calendar-date.util';
import { endOfDayUtc, isValidLocalTime, localTimeOf, localTimeToUtc, startOfDayUtc, todayIn } from './hanoi-clock.util';

describe('todayIn', () => {
  it.each([
    ['2026-12-31T00:00:00.000Z', '2026-12-31'],
    ['2026-12-31T16:59:59.999Z', '2026-12-31'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'],
    ['2026-12-30T17:00:00.000Z', '2026-12-31'],
    ['2026-12-30T16:59:59.999Z', '2026-12-30'],
    ['2026-12-31T23:59:59.999Z', '2027-01-01'],
    ['2026-12-31T08:00:00+07:00', '2026-12-31'],
    ['2027-01-01T00:00:00+07:00', '2027-01-01'],
    ['2026-12-31T12:00:00-05:00', '2027-01-01'],
    ['2028-02-28T17:00:00.000Z', '2028-02-29'],
    ['1969-12-31T17:00:00.000Z', '1970-01-01'],
    ['1969-12-31T16:59:59.999Z', '1969-12-31'],
  ])('%s is %s in Hà Nội', (instant, expected) => {
    expect(todayIn(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => todayIn(new Date('not a date'))).toThrow(DomainError);
  });
});

describe('startOfDayUtc and endOfDayUtc', () => {
  it.each([
    ['2026-12-31', '2026-12-30T17:00:00.000Z', '2026-12-31T16:59:59.999Z'],
    ['2027-01-01', '2026-12-31T17:00:00.000Z', '2027-01-01T16:59:59.999Z'],
    ['2028-02-29', '2028-02-28T17:00:00.000Z', '2028-02-29T16:59:59.999Z'],
  ])('%s runs from %s to %s', (date, start, end) => {
    expect(startOfDayUtc(date).toISOString()).toBe(start);
    expect(endOfDayUtc(date).toISOString()).toBe(end);
  });

  it('a day due 2026-12-31 is today to its last millisecond and tomorrow one millisecond later', () => {
    const end = endOfDayUtc('2026-12-31');
    expect(todayIn(end)).toBe('2026-12-31');
    expect(todayIn(new Date(end.getTime() + 1))).toBe('2027-01-01');
  });

  it('every instant lies within the day todayIn names', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) }), (ms) => {
        const day = todayIn(new Date(ms));
        return startOfDayUtc(day).getTime() <= ms && ms <= endOfDayUtc(day).getTime() && startOfDayUtc(addDays(day, 1)).getTime() > ms;
      }),
    );
  });
});

describe('localTimeToUtc', () => {
  it.each([
    ['2026-12-31', '08:00', '2026-12-31T01:00:00.000Z'],
    ['2026-12-31', '00:00', '2026-12-30T17:00:00.000Z'],
    ['2026-12-31', '06:59', '2026-12-30T23:59:00.000Z'],
    ['2026-12-31', '07:00', '2026-12-31T00:00:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T16:59:00.000Z'],
    ['2026-12-28', '07:30', '2026-12-28T00:30:00.000Z'],
  ])('%s %s Hà Nội is %s', (date, time, expected) => {
    expect(localTimeToUtc(date, time).toISOString()).toBe(expected);
  });

  it.each(['8:00', '24:00', '08:60', '08:00:00', '', 'noon'])('refuses the time %p', (time) => {
    expect(() => localTimeToUtc('2026-12-31', time)).toThrow(DomainError);
  });

  it('refuses a date that does not exist', () => {
    expect(() => localTimeToUtc('2026-02-30', '08:00')).toThrow(DomainError);
  });
});

describe('localTimeOf', () => {
  it.each([
    ['2026-12-31T01:00:00.000Z', '08:00'],
    ['2026-12-31T17:00:00.000Z', '00:00'],
    ['2026-12-31T16:59:59.999Z', '23:59'],
    ['1969-12-31T10:15:00.000Z', '17:15'],
  ])('%s is %s in Hà Nội', (instant, expected) => {
    expect(localTimeOf(new Date(instant))).toBe(expected);
  });
});

describe('isValidLocalTime', () => {
  it.each([
    ['00:00', true],
    ['08:00', true],
    ['23:59', true],
    ['24:00', false],
    ['8:00', false],
    [800, false],
  ])('%p → %p', (value, expected) => {
    expect(isValidLocalTime(value)).toBe(expected);
  });
});
