import { extractQuantitativeTarget, extractTargets } from './parse-targets.util';

describe('extractQuantitativeTarget', () => {
  it.each([
    ['thu hút 22 triệu lượt khách', { comparator: 'gte', value: 22, max: null, unit: 'triệu lượt khách' }],
    ['doanh thu đạt 65.000 tỷ đồng', { comparator: 'gte', value: 65000, max: null, unit: 'tỷ đồng' }],
    ['tạo 30.000 việc làm', { comparator: 'gte', value: 30000, max: null, unit: 'việc làm' }],
    ['FDI đạt 2 - 2,5 tỷ USD', { comparator: 'between', value: 2, max: 2.5, unit: 'tỷ USD' }],
    ['tăng trưởng đạt trên 12,5%', { comparator: 'gt', value: 12.5, max: null, unit: '%' }],
    ['đạt từ 11.800 USD trở lên', { comparator: 'gte', value: 11800, max: null, unit: 'USD' }],
    ['tỷ lệ thất nghiệp thấp hơn 2,05%', { comparator: 'lt', value: 2.05, max: null, unit: '%' }],
    ['hộ nghèo giảm còn 1,5%', { comparator: 'lte', value: 1.5, max: null, unit: '%' }],
    ['không quá 3 ngày', { comparator: 'lte', value: 3, max: null, unit: 'ngày' }],
    ['khoảng 3.500 ha rừng', { comparator: 'approx', value: 3500, max: null, unit: 'ha rừng' }],
    ['đạt từ 12,5% - 13%', { comparator: 'between', value: 12.5, max: 13, unit: '%' }],
    ['thành lập mới 2.500 doanh nghiệp/năm', { comparator: 'gte', value: 2500, max: null, unit: 'doanh nghiệp/năm' }],
  ])('reads "%s"', (sentence, expected) => {
    expect(extractQuantitativeTarget(sentence)).toEqual({ ...expected, label: null });
  });

  it('ignores dates, document numbers, years and versions', () => {
    expect(
      extractQuantitativeTarget('Triển khai Nghị quyết số 70-NQ/TW ngày 20 tháng 8 năm 2025, giai đoạn 2026 - 2030, công nghệ 4.0'),
    ).toBeNull();
  });
});

describe('extractTargets', () => {
  it('keeps "/1 vạn dân" in the unit rather than reading a figure', () => {
    const sut = extractTargets('Đạt 62 giường bệnh/1 vạn dân; 18 bác sĩ/1 vạn dân').map((match) => match.target);

    expect(sut.map((target) => [target.value, target.unit])).toEqual([
      [62, 'giường bệnh/1 vạn dân'],
      [18, 'bác sĩ/1 vạn dân'],
    ]);
  });

  it('reads a rank as at most that place', () => {
    const [sut] = extractTargets('HDI của tỉnh ở nhóm 5 tỉnh, thành phố đứng đầu cả nước');

    expect(sut.target).toMatchObject({ comparator: 'lte', value: 5, unit: 'hạng' });
  });

  it('does not read "trên 1 vạn dân" as a target', () => {
    const sut = extractTargets('Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ').map((match) => match.target.value);

    expect(sut).toEqual([15]);
  });
});

describe('extractTargets: figures that are not targets', () => {
  it('skips technology names, technical specifications and the ages of the people counted', () => {
    expect(extractTargets('Tỷ lệ phủ sóng 5G đạt 100% dân số').map((match) => match.target.value)).toEqual([100]);
    expect(extractTargets('truy cập băng rộng với tốc độ 01 Gb/s đạt 100%').map((match) => match.target.value)).toEqual([100]);
    expect(extractTargets('Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản đạt 95%').map((match) => match.target.value)).toEqual([95]);
    expect(extractTargets('100% trẻ em từ 06 tháng đến 36 tháng tuổi và nhóm trẻ dưới 24 tháng tuổi').map((match) => match.target.value)).toEqual([100]);
    expect(extractTargets('Tuổi thọ trung bình đạt 75 tuổi').map((match) => match.target.unit)).toEqual(['tuổi']);
  });
});
