import { linesOfWordHtml } from './word-html-lines';

describe(linesOfWordHtml.name, () => {
  it('gives the items of a numbered list their numbers ("1.", then "a)" below), and a bullet list "- "', () => {
    const html =
      '<p>II. NHIỆM VỤ</p><ol><li>Rà soát hạ tầng số</li><li>Đào tạo cán bộ<ol><li>Lớp cơ bản</li><li>Lớp nâng cao</li></ol></li></ol>' +
      '<ul><li>Sở Tài chính bố trí kinh phí</li></ul><ol><li>Báo cáo kết quả</li></ol>';

    expect(linesOfWordHtml(html).filter((line) => line !== '')).toEqual([
      'II. NHIỆM VỤ',
      '1. Rà soát hạ tầng số',
      '2. Đào tạo cán bộ',
      'a) Lớp cơ bản',
      'b) Lớp nâng cao',
      '- Sở Tài chính bố trí kinh phí',
      '3. Báo cáo kết quả',
    ]);
  });

  it('numbers a list broken by a paragraph on, as Word does, and again from 1 after a part heading', () => {
    const html = '<ol><li>Rà soát</li></ol><p>Nội dung cụ thể như sau.</p><ol><li>Đào tạo</li></ol><p>III. TỔ CHỨC THỰC HIỆN</p><ol><li>Sở Nội vụ</li></ol>';

    expect(linesOfWordHtml(html).filter((line) => line !== '')).toEqual([
      '1. Rà soát',
      'Nội dung cụ thể như sau.',
      '2. Đào tạo',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
    ]);
  });

  it('reads a list item inside a table cell as the cell text, without a label', () => {
    expect(linesOfWordHtml('<table><tr><td><ol><li>Sở Y tế</li></ol></td><td>2026</td></tr></table>')).toEqual(['| Sở Y tế | 2026 |']);
  });
});
