import { defaultAccumulation, latestFigure, percentOfTarget, targetStatus, trendOf } from './indicator-status';
import type { Accumulation, TargetStatus } from './indicator';
import type { TargetComparator } from '../plan-document';

type Row = [string, TargetComparator, number | null, number | null, Accumulation, string | null, number | null, TargetStatus];

describe('targetStatus', () => {
  // name, comparator, value, max, accumulation, period, figure, expected
  it.each<Row>([
    ['no figure yet', 'gt', 12.5, null, 'rate', null, null, 'no_data'],
    ['growth above target for the year to date', 'gt', 12.5, null, 'rate', '2026-Q1', 12.8, 'on_track'],
    ['growth exactly the ">" value is short', 'gt', 12.5, null, 'rate', '2026-Q1', 12.5, 'at_risk'],
    ['growth within 10 % below', 'gt', 12.5, null, 'rate', '2026-Q2', 11.5, 'at_risk'],
    ['growth more than 10 % below', 'gt', 12.5, null, 'rate', '2026-Q3', 10.9, 'off_track'],
    ['growth for the whole year above target', 'gt', 12.5, null, 'rate', '2026', 12.6, 'achieved'],
    ['revenue Q1: a quarter of 74.000 needed', 'gt', 74000, null, 'cumulative', '2026-Q1', 19000, 'on_track'],
    ['revenue 6 months: half needed, 9 % short', 'gt', 74000, null, 'cumulative', '2026-H1', 33700, 'at_risk'],
    ['revenue 9 months: three quarters needed, 20 % short', 'gt', 74000, null, 'cumulative', '2026-9M', 44400, 'off_track'],
    ['revenue reaches the annual target before December', 'gt', 74000, null, 'cumulative', '2026-Q3', 74500, 'achieved'],
    ['revenue month 06 counts six months', 'gte', 17500, null, 'cumulative', '2026-06', 8750, 'on_track'],
    ['forest cover level above target mid-year', 'gt', 46, null, 'point_in_time', '2026-H1', 46.2, 'on_track'],
    ['forest cover level just below', 'gt', 46, null, 'point_in_time', '2026-H1', 45, 'at_risk'],
    ['forest cover official year figure', 'gt', 46, null, 'point_in_time', '2026', 46.1, 'achieved'],
    ['≥ met exactly', 'gte', 93, null, 'point_in_time', '2026-Q2', 93, 'on_track'],
    ['unemployment below the ceiling', 'lt', 2.05, null, 'point_in_time', '2026-Q2', 2.0, 'on_track'],
    ['unemployment slightly above the ceiling', 'lt', 2.05, null, 'point_in_time', '2026-Q2', 2.2, 'at_risk'],
    ['unemployment far above the ceiling', 'lt', 2.05, null, 'point_in_time', '2026-Q2', 2.5, 'off_track'],
    ['rank ≤ 5 for the year', 'lte', 5, null, 'point_in_time', '2026', 5, 'achieved'],
    ['range: inside', 'between', 12.5, 13, 'rate', '2026-Q2', 12.7, 'on_track'],
    ['range: above the upper bound is no shortfall', 'between', 12.5, 13, 'rate', '2026-Q2', 13.4, 'on_track'],
    ['range: below the lower bound', 'between', 12.5, 13, 'rate', '2026-Q2', 11.0, 'off_track'],
    ['qualitative without assessment', 'qualitative', null, null, 'point_in_time', '2026-Q2', 1, 'no_data'],
  ])('%s', (_, comparator, value, max, accumulation, period, figure, expected) => {
    const latest = period === null || figure === null ? null : { period, value: figure };
    expect(targetStatus({ target: { comparator, value, max }, accumulation, latest })).toBe(expected);
  });

  it('gives a qualitative target its manual assessment', () => {
    expect(targetStatus({ target: { comparator: 'qualitative', value: null, max: null }, accumulation: 'point_in_time', latest: null, assessment: { status: 'at_risk' } })).toBe('at_risk');
  });

  it('moves a cumulative target through three quarters as the year-to-date figure keeps or loses pace', () => {
    const target = { comparator: 'gt' as const, value: 74000, max: null };
    const status = (period: string, value: number) => targetStatus({ target, accumulation: 'cumulative', latest: { period, value } });
    expect(status('2026-Q1', 18600)).toBe('on_track');
    expect(status('2026-Q2', 35000)).toBe('at_risk');
    expect(status('2026-Q3', 48000)).toBe('off_track');
  });
});

describe('defaultAccumulation', () => {
  it.each([
    ['tỷ đồng', 'Tổng thu ngân sách nhà nước trên địa bàn', 'cumulative'],
    ['doanh nghiệp/năm', 'Thành lập mới', 'cumulative'],
    ['%', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', 'rate'],
    ['%', 'Tỷ lệ che phủ rừng', 'point_in_time'],
    ['USD', 'GRDP bình quân đầu người', 'point_in_time'],
    ['hạng', 'Chỉ số phát triển con người (HDI) của tỉnh', 'point_in_time'],
    [null, 'Toàn tỉnh không còn hộ nghèo', 'point_in_time'],
  ] as const)('%s, %s → %s', (unit, name, expected) => {
    expect(defaultAccumulation(unit, name)).toBe(expected);
  });
});

describe('latestFigure and trendOf', () => {
  const figures = [
    { period: '2026-Q1', kind: 'estimate' as const, value: 10 },
    { period: '2026-06', kind: 'official' as const, value: 11 },
    { period: '2026-H1', kind: 'estimate' as const, value: 12 },
    { period: '2026-H1', kind: 'official' as const, value: 11.5 },
  ];

  it('takes the latest period, the longer span for the same month, official over estimate', () => {
    expect(latestFigure(figures)).toEqual(figures[3]);
    expect(latestFigure([])).toBeNull();
  });

  it('compares the latest period with the one before', () => {
    expect(trendOf(figures)).toBe('up');
    expect(trendOf([figures[0], { period: '2026-Q2', kind: 'estimate', value: 9 }])).toBe('down');
    expect(trendOf([figures[0]])).toBeNull();
  });

  it('gives the share of the target in percent', () => {
    expect(percentOfTarget(37000, { value: 74000 })).toBe(50);
    expect(percentOfTarget(null, { value: 74000 })).toBeNull();
    expect(percentOfTarget(5, { value: null })).toBeNull();
  });
});
