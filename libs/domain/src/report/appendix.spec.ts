import { AppendixItem, appendixNumberer, AppendixPackage, romanNumeral } from './appendix';

const ITEMS: AppendixItem[] = [
  { ref: '3.1', parentRef: null, title: 'Kinh tế' },
  { ref: '3.1.a', parentRef: '3.1', title: 'Công nghiệp' },
  { ref: '3.1.b', parentRef: '3.1', title: 'Du lịch' },
  { ref: '3.2', parentRef: null, title: 'Xã hội' },
  { ref: '3.3', parentRef: null, title: 'Môi trường' },
];

const pkg = (title: string, itemRef: string | null): AppendixPackage => ({
  id: title,
  itemRef,
  title,
  leadDepartment: 'Sở Tài chính',
  cooperatingDepartments: [],
  originalDueDate: null,
  dueDate: '2026-12-31',
  expectedOutput: null,
  status: 'in_progress',
  progress: 10,
  category: 'open_on_time',
  latestReport: null,
});

describe('appendixNumberer', () => {
  it('numbers groups I, II, … and their packages and sub-items with one count, in the order they arrive', () => {
    const sut = appendixNumberer(ITEMS);
    const lines = [pkg('a', '3.1'), pkg('b', '3.1.a'), pkg('c', '3.1.a'), pkg('d', '3.1.b'), pkg('e', '3.3'), pkg('f', null), pkg('g', 'gone')].flatMap(sut);
    expect(lines.map((l) => [l.kind, l.stt, l.kind === 'group' ? l.title : l.pkg.title])).toEqual([
      ['group', 'I', '3.1. Kinh tế'],
      ['package', '1', 'a'],
      ['group', '2', '3.1.a. Công nghiệp'],
      ['package', '2.1', 'b'],
      ['package', '2.2', 'c'],
      ['group', '3', '3.1.b. Du lịch'],
      ['package', '3.1', 'd'],
      // 3.2 holds nothing in this selection, so it is left out and 3.3 is II
      ['group', 'II', '3.3. Môi trường'],
      ['package', '1', 'e'],
      ['group', 'III', 'Nhiệm vụ khác'],
      ['package', '1', 'f'],
      ['package', '2', 'g'],
    ]);
  });

  it('survives a parent cycle in the item rows', () => {
    const sut = appendixNumberer([{ ref: 'x', parentRef: 'y', title: 'X' }, { ref: 'y', parentRef: 'x', title: 'Y' }]);
    expect(sut(pkg('a', 'x')).map((l) => l.stt)).toEqual(['I', '1', '1.1']);
  });

  it('writes Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 90, 2026].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'MMXXVI']);
  });
});
