import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { dateOfEpochDay, epochDayOf } from './calendar-date.util';
import { formatDateVi, parseDateVi } from './vietnamese-date-format.util';

describe('formatDateVi', () => {
  it.each([
    ['2026-12-31', '31/12/2026'],
    ['2026-01-05', '05/01/2026'],
    ['2025-12-16', '16/12/2025'],
  ])('%s → %s', (date, expected) => {
    expect(formatDateVi(date)).toBe(expected);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => formatDateVi('2026-02-30')).toThrow(DomainError);
  });
});

describe('parseDateVi', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    [' 16/12/2025 ', '2025-12-16'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', null],
    ['31/04/2026', null],
    ['12/31/2026', null],
    ['2026-12-31', null],
    ['31-12-2026', null],
    ['31/12/26', null],
    ['', null],
  ])('%p → %p', (text, expected) => {
    expect(parseDateVi(text)).toBe(expected);
  });

  it('reads back what formatDateVi writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf('1900-01-01'), max: epochDayOf('2199-12-31') }), (n) => {
        const date = dateOfEpochDay(n);
        return parseDateVi(formatDateVi(date)) === date;
      }),
    );
  });
});
