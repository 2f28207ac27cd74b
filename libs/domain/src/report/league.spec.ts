import { periodContaining, oneMonthBefore, resolveLeagueWindows } from './league';

describe('resolveLeagueWindows', () => {
  it('compares a period with the period of the same length just before it, categorized as of its end or today', () => {
    expect(resolveLeagueWindows({ from: '2026-04-01', to: '2026-06-30' }, '2026-12-02')).toEqual({
      current: { from: '2026-04-01', to: '2026-06-30', asOf: '2026-06-30' },
      previous: { from: '2026-01-01', to: '2026-03-31', asOf: '2026-03-31' },
    });
    expect(resolveLeagueWindows({ from: '2026-12-01', to: '2026-12-31' }, '2026-12-02').current.asOf).toBe('2026-12-02');
  });

  it('compares an as-of date with the same day a month earlier, and defaults to today', () => {
    expect(resolveLeagueWindows({ asOf: '2026-03-31' }, '2026-12-02')).toEqual({
      current: { from: null, to: null, asOf: '2026-03-31' },
      previous: { from: null, to: null, asOf: '2026-02-28' },
    });
    expect(resolveLeagueWindows({}, '2026-01-15').previous.asOf).toBe('2025-12-15');
  });

  it('names the field of a period that is half given, reversed or mixed with an as-of date', () => {
    const field = (input: Record<string, string>) => {
      try {
        resolveLeagueWindows(input, '2026-12-02');
        return null;
      } catch (error) {
        return (error as { details: { field: string }[] }).details[0].field;
      }
    };
    expect(field({ to: '2026-06-30' })).toBe('from');
    expect(field({ from: '2026-06-30' })).toBe('to');
    expect(field({ from: '2026-06-30', to: '2026-06-01' })).toBe('to');
    expect(field({ from: '2026-06-01', to: '2026-06-30', asOf: '2026-06-30' })).toBe('asOf');
    expect(field({ from: '2026-02-30', to: '2026-06-30' })).toBe('from');
    expect(() => resolveLeagueWindows({ from: '2026-06-01', to: '2026-06-30', asOf: '2026-06-30' }, '2026-12-02')).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'asOf', rule: 'notWithRange' })] }),
    );
  });
});

describe('periodContaining', () => {
  it('gives the month, quarter, half-year and year around a date', () => {
    expect(periodContaining('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodContaining('quarter', '2026-08-10')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodContaining('half', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodContaining('half', '2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodContaining('year', '2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('steps back one month, clamped to the month end', () => {
    expect(oneMonthBefore('2026-05-31')).toBe('2026-04-30');
    expect(oneMonthBefore('2026-01-10')).toBe('2025-12-10');
  });
});

describe('resolveLeagueWindows over ranges that are not whole months', () => {
  it('compares with the same number of days just before', () => {
    expect(resolveLeagueWindows({ from: '2026-03-10', to: '2026-03-19' }, '2026-12-02').previous).toEqual({ from: '2026-02-28', to: '2026-03-09', asOf: '2026-03-09' });
    expect(resolveLeagueWindows({ from: '2026-01-01', to: '2026-12-31' }, '2027-06-01').previous).toEqual({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' });
  });
});
