import { buildOutline } from './outline.util';
import { findIndicatorSection, groupOfHeader, parseIndicators } from './parse-indicators.util';

function indicatorsOf(text: string) {
  const roots = buildOutline(text.split('\n'), new Set(), false);
  return parseIndicators(roots, findIndicatorSection(roots), []).indicators;
}

describe('parseIndicators', () => {
  it('splits "(n)" markers run together on a line, with groups and sub-targets', () => {
    const sut = indicatorsOf(
      [
        '2. Các chỉ tiêu chủ yếu',
        'a) Về kinh tế: (1) GRDP đạt trên 8%. (2) Tổng thu ngân sách đạt 9.000 tỷ đồng, trong đó: Thu nội địa đạt trên 7.000 tỷ đồng.',
        'b) Về môi trường: (3) Toàn tỉnh không còn bãi rác tự phát.',
        '3. Nhiệm vụ và giải pháp',
      ].join('\n'),
    );

    expect(sut.map((indicator) => [indicator.code, indicator.group])).toEqual([['1', 'economy'], ['2', 'economy'], ['3', 'environment']]);
    expect(sut[1].name).toBe('Tổng thu ngân sách');
    expect(sut[1].targets.map((target) => target.label)).toEqual([null, 'Thu nội địa']);
    expect(sut[2].targets).toEqual([{ comparator: 'qualitative', value: null, max: null, unit: null, label: null }]);
  });

  it('reads a bullet list when there are no markers', () => {
    const sut = indicatorsOf(['II. CHỈ TIÊU', '1. Về xã hội', '- Tỷ lệ hộ nghèo giảm còn 2%.', '- Tạo việc làm cho 20.000 lao động.'].join('\n'));

    expect(sut.map((indicator) => [indicator.code, indicator.group, indicator.targets[0].value])).toEqual([
      ['1', 'society', 2],
      ['2', 'society', 20000],
    ]);
  });

  it('ends a "(1) … (n)" list read outside any "chỉ tiêu" heading at the next heading: a later unnumbered note is not the last indicator', () => {
    const sut = indicatorsOf(
      [
        'I. NỘI DUNG THI ĐUA',
        '1. Nội dung',
        '(1) 100% người hưởng trợ cấp được tuyên truyền.',
        '(2) Ít nhất 85% người hưởng trợ cấp mở tài khoản.',
        '(3) Ít nhất 70% người hưởng trợ cấp nhận tiền qua tài khoản.',
        '2. Cách thức xếp hạng',
        'a) Căn cứ kết quả chấm điểm.',
        '',
        'Lưu ý: nếu có từ 02 địa phương trở lên bằng điểm thì xếp theo số tài khoản mở mới.',
      ].join('\n'),
    );

    expect(sut.map((indicator) => indicator.code)).toEqual(['1', '2', '3']);
    expect(sut[2].targets.map((target) => target.value)).toEqual([70]);
  });

  it('gives a "(n)" list without group headings the field of the document title, as for bullet lists', () => {
    const roots = buildOutline(['2. Chỉ tiêu', '(1) 100% trường mầm non đạt chuẩn.', '(2) Ít nhất 55% trẻ em được chăm sóc.'].join('\n').split('\n'), new Set(), false);

    const sut = parseIndicators(roots, findIndicatorSection(roots), [], 'Nâng cao chất lượng giáo dục mầm non giai đoạn 2026 - 2030').indicators;

    expect(sut.map((indicator) => indicator.group)).toEqual(['society', 'society']);
  });

  it('takes the group of a "(n)" list from the field its sub-heading speaks of', () => {
    const sut = indicatorsOf(
      ['II. MỤC TIÊU', '1. Phát triển kinh tế số đến năm 2030 (2 mục tiêu)', '(1) Tỷ trọng kinh tế số đạt 30%.', '(2) Tỷ lệ doanh nghiệp dùng nền tảng số trên 70%.', '2. Phát triển xã hội số đến năm 2030 (1 mục tiêu)', '(1) Tỷ lệ dân số có điện thoại thông minh đạt 95%.'].join('\n'),
    );

    expect(sut.map((indicator) => [indicator.code, indicator.group])).toEqual([['1.1', 'economy'], ['1.2', 'economy'], ['2.1', 'society']]);
  });

  it('ignores out-of-sequence markers such as "(3)" inside a sentence', () => {
    const sut = indicatorsOf(['2. Chỉ tiêu', '(1) A đạt 5%, xem mục (3) bên dưới. (2) B đạt 6%.'].join('\n'));

    expect(sut.map((indicator) => indicator.code)).toEqual(['1', '2']);
  });

  it('starts another list where "(1)" opens a line under a new sub-heading, each code under its sub-heading', () => {
    const sut = indicatorsOf(
      [
        'II. MỤC TIÊU, CHỈ TIÊU',
        '1. Phát triển kinh tế số',
        'a) Mục tiêu chung (2 mục tiêu)',
        '(1) Tỷ trọng kinh tế số đạt 30% GRDP;',
        '(2) Phát triển tối thiểu 10 doanh nghiệp công nghệ số.',
        'b) Mục tiêu theo ngành, lĩnh vực',
        '(1) Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử đạt trên 70%;',
        '2. Phát triển xã hội số',
        '(1) Tỷ lệ dân số có điện thoại thông minh đạt 95%;',
        '(2) Tỷ lệ hộ gia đình có Internet cáp quang đạt 100%.',
        'III. NHIỆM VỤ',
      ].join('\n'),
    );

    expect(sut.map((indicator) => [indicator.code, indicator.targets.map((target) => target.value)])).toEqual([
      ['a.1', [30]],
      ['a.2', [10]],
      ['b.1', [70]],
      ['2.1', [95]],
      ['2.2', [100]],
    ]);
  });

  it('keeps one running list, codes as written, when the numbering goes on under each group heading', () => {
    const sut = indicatorsOf(['2. Các chỉ tiêu chủ yếu', 'a) Về kinh tế', '(1) GRDP tăng 8%.', 'b) Về xã hội', '(2) Tỷ lệ hộ nghèo còn 2%.', '(3) Tạo việc làm cho 20.000 lao động.'].join('\n'));

    expect(sut.map((indicator) => [indicator.code, indicator.group])).toEqual([['1', 'economy'], ['2', 'society'], ['3', 'society']]);
  });
});

describe('groupOfHeader', () => {
  it.each([
    ['Về kinh tế:', 'economy'],
    ['Các chỉ tiêu về văn hóa - xã hội', 'society'],
    ['Nhóm chỉ tiêu môi trường', 'environment'],
    ['Về quốc phòng, an ninh', 'other'],
  ])('reads %s', (header, group) => {
    expect(groupOfHeader(header)).toBe(group);
  });

  it('is null for an indicator sentence', () => {
    expect(groupOfHeader('Tốc độ tăng trưởng kinh tế đạt 8%')).toBeNull();
  });
});
