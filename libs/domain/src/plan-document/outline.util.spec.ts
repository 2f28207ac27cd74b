import { buildOutline, flattenOutline, usesBlankLineParagraphs } from './outline.util';

function refsAndParagraphs(text: string): Array<[string, number]> {
  const lines = text.split('\n');
  const roots = buildOutline(lines, new Set(), usesBlankLineParagraphs(lines));
  return flattenOutline(roots).map((node) => [node.ref, node.paragraphs.length]);
}

describe('buildOutline', () => {
  it('nests by numbering and keeps a label that carries its parent', () => {
    const sut = refsAndParagraphs(
      ['3. Nhiệm vụ', 'Mở đầu.', '3.1. Công nghiệp', 'a) Khu công nghiệp', 'Đoạn 1.', 'Đoạn 2.', 'b) Năng lượng', 'Đoạn.', '3.2. Dịch vụ', 'Đoạn.'].join('\n'),
    );

    expect(sut).toEqual([['3', 1], ['3.1', 0], ['3.1.a', 2], ['3.1.b', 1], ['3.2', 1]]);
  });

  it('keeps the Roman prefix and nests A. > I. > 1. > a) > (1)', () => {
    const sut = refsAndParagraphs(['A. PHẦN', 'I. MỤC', '1. Việc', 'a) Nhánh', '(1) Ý', '(2) Ý', 'b) Nhánh', 'II. MỤC'].join('\n'));

    expect(sut.map(([ref]) => ref)).toEqual(['A', 'A.I', 'A.I.1', 'A.I.1.a', 'A.I.1.a.1', 'A.I.1.a.2', 'A.I.1.b', 'A.II']);
  });

  it('leaves articles out of refs', () => {
    const sut = refsAndParagraphs(['Điều 1. Thông qua', '1. Mục tiêu', 'Điều 2. Giao', '1. Ủy ban'].join('\n'));

    expect(sut.map(([ref]) => ref)).toEqual(['Điều 1', '1', 'Điều 2', '1']);
  });

  it('joins hard line breaks where paragraphs are separated by blank lines; bullets start paragraphs', () => {
    const text = ['1. Công nghiệp chế biến', 'và chế tạo', '', 'Đẩy nhanh tiến độ', 'các khu công nghiệp.', '- Rà soát', '- Báo cáo', '', 'Cuối cùng.'].join('\n');
    const lines = text.split('\n');

    const [sut] = buildOutline(lines, new Set(), true);

    expect(sut.title).toBe('Công nghiệp chế biến và chế tạo');
    expect(sut.paragraphs).toEqual(['Đẩy nhanh tiến độ các khu công nghiệp.', 'Rà soát', 'Báo cáo', 'Cuối cùng.']);
  });

  it('counts a blank-line layout only when blank lines are common', () => {
    expect(usesBlankLineParagraphs(['a', '', 'b', 'c', 'd'])).toBe(false);
    expect(usesBlankLineParagraphs(['a', '', 'b', '', 'c'])).toBe(true);
  });
});
