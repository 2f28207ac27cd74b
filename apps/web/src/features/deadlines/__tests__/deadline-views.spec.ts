import { todayIn } from '@mandate/domain';
import { barPosition, countdownTo, endOfWeek, monthGrid, shiftMonth, timelineScale } from '../deadline-views';

describe(countdownTo.name, () => {
  it('counts whole days to 31/12/2026 from a Hà Nội date', () => {
    expect(countdownTo('2026-12-31', '2026-12-01')).toEqual({ days: 30, state: 'ahead' });
    expect(countdownTo('2026-12-31', '2026-12-31')).toEqual({ days: 0, state: 'today' });
    expect(countdownTo('2026-12-31', '2027-01-02')).toEqual({ days: 2, state: 'passed' });
  });

  it('uses the Hà Nội day: 17:30 UTC on 30/12 is already 31/12 in Hà Nội', () => {
    expect(countdownTo('2026-12-31', todayIn(new Date('2026-12-30T17:30:00Z')))).toEqual({ days: 0, state: 'today' });
    expect(countdownTo('2026-12-31', todayIn(new Date('2026-12-30T16:59:00Z')))).toEqual({ days: 1, state: 'ahead' });
  });
});

describe('calendar helpers', () => {
  it('ends the week on Sunday', () => {
    expect(endOfWeek('2026-06-10')).toBe('2026-06-14');
    expect(endOfWeek('2026-06-14')).toBe('2026-06-14');
  });

  it('lays a month out Monday first', () => {
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]).toEqual(Array(6).fill(null).concat(['2026-02-01']));
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
  });

  it('steps across years', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('places a bar inside the range', () => {
    expect(barPosition('2026-01-01', '2026-12-31', '2026-01-01', '2026-12-31')).toEqual({ left: 0, width: 100 });
    const half = barPosition('2026-07-02', '2026-12-31', '2026-01-01', '2026-12-31');
    expect(half.left).toBeCloseTo(49.6, 0);
  });
});

describe(timelineScale.name, () => {
  const bar = (due: string, start = '2026-01-05') => ({ start, due });
  const plan2026 = [...Array.from({ length: 30 }, (_, i) => bar(`2026-${String((i % 12) + 1).padStart(2, '0')}-28`)), bar('2026-12-31')];

  it('leaves one 2029 deadline off the scale, so the 2026 bars keep the width', () => {
    const sut = timelineScale([...plan2026, bar('2029-12-31')], '2026-03-01');
    expect(sut).toEqual({ from: '2026-01-05', to: '2026-12-31', offScale: ['2029-12-31'] });
    expect(barPosition('2026-01-05', '2026-06-30', sut.from, sut.to).width).toBeGreaterThan(45);
    expect(barPosition('2026-01-05', '2029-12-31', sut.from, sut.to)).toEqual({ left: 0, width: 100 });
  });

  it('keeps a merely later deadline on the scale', () => {
    expect(timelineScale([...plan2026, bar('2027-02-28')], '2026-03-01')).toEqual({ from: '2026-01-05', to: '2027-02-28', offScale: [] });
  });

  it('cuts nothing when there are only a few bars', () => {
    expect(timelineScale([bar('2026-06-30'), bar('2029-12-31')], '2026-03-01').offScale).toEqual([]);
  });

  it('always spans today', () => {
    expect(timelineScale([bar('2026-06-30', '2026-02-01')], '2026-01-10')).toEqual({ from: '2026-01-10', to: '2026-06-30', offScale: [] });
  });
});
