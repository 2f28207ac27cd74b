import { defaultCutOff, parseReportPeriod, resolveCutOff } from './report-period';

describe('parseReportPeriod', () => {
  it.each([
    ['2026-06', 'month', '2026-06-01', '2026-06-30', 'Tháng 6/2026', '2026-06-14'],
    ['2026-02', 'month', '2026-02-01', '2026-02-28', 'Tháng 2/2026', '2026-02-14'],
    ['2026-Q3', 'quarter', '2026-07-01', '2026-09-30', 'Quý III/2026', '2026-09-14'],
    ['2026-h1', 'half', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', '2026-06-14'],
    ['2026-H2', 'half', '2026-07-01', '2026-12-31', '6 tháng cuối năm 2026', '2026-12-14'],
    ['2026', 'year', '2026-01-01', '2026-12-31', 'Năm 2026', '2026-12-14'],
  ])('%s is a %s from %s to %s (%s), cut off on %s by default', (key, kind, from, to, vi, cutOff) => {
    const sut = parseReportPeriod(key);
    expect(sut).toMatchObject({ kind, from, to, label: { vi } });
    expect(defaultCutOff(sut)).toBe(cutOff);
  });

  it.each(['2026-13', '2026-Q5', '2026-H3', '26', 'last month', '', undefined, '2026-00'])('refuses %p naming the field', (value) => {
    expect(() => parseReportPeriod(value)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'period' })] }));
  });
});

describe('resolveCutOff', () => {
  const q2 = parseReportPeriod('2026-Q2');

  it('takes a cut-off inside the period, its first and last day included', () => {
    expect(resolveCutOff(q2, '2026-04-01')).toBe('2026-04-01');
    expect(resolveCutOff(q2, '2026-06-30')).toBe('2026-06-30');
    expect(resolveCutOff(q2, undefined)).toBe('2026-06-14');
  });

  it('refuses a cut-off outside the period as a 400 on cutOff', () => {
    for (const outside of ['2026-03-31', '2026-07-01']) {
      expect(() => resolveCutOff(q2, outside)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'cutOff' })] }));
    }
  });
});
