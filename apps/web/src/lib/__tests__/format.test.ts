import { endOfDayHanoi, formatDate, formatDateTime, formatNumber, formatVnd, parseDisplayDate, startOfDayHanoi } from '../format';

describe('formatDate', () => {
  it('shows a calendar date as dd/mm/yyyy without shifting it', () => {
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it('shows an instant as its date in Hà Nội', () => {
    // 17:30 UTC on 31/12 is already 01/01 in Hà Nội (UTC+7).
    expect(formatDate('2026-12-31T17:30:00Z')).toBe('01/01/2027');
    expect(formatDate(new Date('2026-06-15T03:00:00Z'))).toBe('15/06/2026');
  });

  it('is empty for missing or invalid input', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows dd/mm/yyyy HH:mm in Hà Nội time', () => {
    expect(formatDateTime('2026-12-16T01:05:00Z')).toBe('16/12/2026 08:05');
    expect(formatDateTime('2026-12-31T17:00:00Z')).toBe('01/01/2027 00:00');
  });
});

describe('formatVnd', () => {
  it('groups thousands with dots and appends the đồng sign', () => {
    expect(formatVnd(74_000_000_000)).toBe('74.000.000.000\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
    expect(formatVnd(null)).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(22_000_000)).toBe('22.000.000');
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy into an ISO calendar date', () => {
    expect(parseDisplayDate('31/12/2026')).toBe('2026-12-31');
    expect(parseDisplayDate(' 1/2/2026 ')).toBe('2026-02-01');
  });

  it('rejects impossible dates and other shapes', () => {
    expect(parseDisplayDate('31/02/2026')).toBeNull();
    expect(parseDisplayDate('2026-12-31')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});

describe('Hà Nội day bounds', () => {
  it('gives the UTC instants a calendar day starts and ends at', () => {
    expect(startOfDayHanoi('2027-01-01')).toBe('2026-12-31T17:00:00.000Z');
    expect(endOfDayHanoi('2026-12-31')).toBe('2026-12-31T16:59:59.999Z');
  });
});
