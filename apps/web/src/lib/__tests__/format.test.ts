import { formatBillions, formatDate, formatDateTime, formatFileSize, formatMonth, formatNumber, formatPercent, formatVnd } from '../format';

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
    expect(formatDate('2026-13-45')).toBe('');
    expect(formatDateTime('not a date')).toBe('');
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

describe('formatBillions, formatPercent, formatMonth', () => {
  it('writes money in billions with Vietnamese separators, percentages with a decimal comma, months mm/yyyy', () => {
    expect(formatBillions(74_000_000_000_000)).toBe('74.000');
    expect(formatBillions(1_250_000_000)).toBe('1,3');
    expect(formatPercent(41.33)).toBe('41,3%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatMonth('2026-06')).toBe('06/2026');
    expect(formatMonth(null)).toBe('');
  });
});

describe('formatFileSize', () => {
  it('gives KB below a megabyte (at least 1) and MB with a decimal comma above', () => {
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(20_000)).toBe('20 KB');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
    expect(formatFileSize(10_485_760)).toBe('10 MB');
  });
});
