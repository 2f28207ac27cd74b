import { disbursementRate, isBelowCurve, monthsBetween, targetRateOfMonth, targetRateOn, validateMilestones } from './disbursement-curve';

describe('disbursement target curve', () => {
  const target = '2026-12-31';
  const milestones = [
    { date: '2026-06-30', rate: 40 },
    { date: '2026-09-30', rate: 70 },
  ];

  it.each([
    ['2025-12-31', [], 0],
    ['2025-06-01', [], 0],
    ['2026-12-31', [], 100],
    ['2027-01-15', [], 100],
    ['2026-07-02', [], 50.14], // 183 of 365 days
    ['2026-06-30', milestones, 40],
    ['2026-09-30', milestones, 70],
    ['2026-12-31', milestones, 100],
    // 30/6 is day 181 of 181 to the first milestone: half of it is about 20%.
    ['2026-03-31', milestones, 19.89],
    ['2026-08-15', milestones, 55],
  ] as const)('on %s with %j milestones the target is %s%%', (date, ms, expected) => {
    expect(targetRateOn(date, target, ms)).toBeCloseTo(expected, 1);
  });

  it('judges a month at its last day', () => {
    expect(targetRateOfMonth('2026-06', target, milestones)).toBe(40);
    expect(targetRateOfMonth('2026-12', target, milestones)).toBe(100);
  });

  it.each([
    [0, 100, 0],
    [50, 200, 25],
    [1, 3, 33.33],
    [5, 0, 0],
  ])('rate of %s over %s is %s%%', (disbursed, allocated, expected) => {
    expect(disbursementRate(disbursed, allocated)).toBe(expected);
  });

  it('flags a rate strictly below the target', () => {
    expect(isBelowCurve(39.99, 40)).toBe(true);
    expect(isBelowCurve(40, 40)).toBe(false);
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('accepts rising milestones inside the year and names each fault', () => {
    expect(validateMilestones(milestones, target)).toEqual([]);
    expect(validateMilestones([{ date: '2027-01-10', rate: 40 }], target)).toEqual([{ field: 'milestones[0].date', message: expect.stringContaining('before 2026-12-31'), rule: 'outsideCurve' }]);
    expect(validateMilestones([{ date: '2026-06-30', rate: 140 }], target)).toEqual([{ field: 'milestones[0].rate', message: expect.any(String), rule: 'exclusiveRange', params: { min: 0, max: 100 } }]);
    expect(validateMilestones([{ date: '2026-06-30', rate: 60 }, { date: '2026-09-30', rate: 50 }], target)).toEqual([{ field: 'milestones', message: expect.stringContaining('below an earlier'), rule: 'notAscending' }]);
    expect(validateMilestones('x', target)).toEqual([{ field: 'milestones', message: expect.any(String), rule: 'isArray' }]);
  });
});
