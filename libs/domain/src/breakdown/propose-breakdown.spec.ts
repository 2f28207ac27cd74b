import type { ParsedItem } from '../plan-document';
import { breakdownKeyOf, normalizeKeyword, shortTitleOf } from './breakdown-text.util';
import { checkConfirmedPackages, confirmedKeyOf, splitBreakdownKey } from './confirm-breakdown';
import { BreakdownRule, matchDepartments, proposeBreakdown } from './propose-breakdown';

const RULES: BreakdownRule[] = [
  { departmentId: 'STC', keywords: ['ngan sach', 'thu ngan sach', 'giai ngan', 'dau tu cong'], priority: 10 },
  { departmentId: 'SDL', keywords: ['du lich', 'khach du lich'], priority: 10 },
  { departmentId: 'SGDDT', keywords: ['giao duc', 'truong hoc', 'hoc sinh'], priority: 10 },
  { departmentId: 'SCT', keywords: ['cong nghiep', 'khu cong nghiep', 'lng'], priority: 10 },
  { departmentId: 'BQLKKT', keywords: ['fdi', 'khu kinh te'], priority: 20 },
];
const FALLBACK = 'VP';

describe(matchDepartments.name, () => {
  it.each([
    ['Phấn đấu đến 31/12/2026 giải ngân 100% kế hoạch vốn bố trí.', 'STC', [], ['giải ngân']],
    ['THU HÚT 22 TRIỆU LƯỢT KHÁCH DU LỊCH', 'SDL', [], ['KHÁCH DU LỊCH']],
    ['Xây dựng trường học cho học sinh vùng cao', 'SGDDT', [], ['trường học', 'học sinh']],
    ['Đẩy nhanh dự án nhà máy điện LNG và khu công nghiệp', 'SCT', [], ['khu công nghiệp', 'LNG']],
    ['Thu hút FDI vào khu kinh tế và khu công nghiệp', 'BQLKKT', ['SCT'], ['FDI', 'khu kinh tế', 'khu công nghiệp']],
    ['Phát triển du lịch gắn với giáo dục di sản cho học sinh', 'SGDDT', ['SDL'], ['giáo dục', 'học sinh', 'du lịch']],
    ['Tăng cường công tác dân vận', FALLBACK, [], []],
  ])('%s → %s', (sentence, lead, cooperating, words) => {
    const sut = matchDepartments(sentence, RULES, FALLBACK);
    expect(sut.leadDepartmentId).toBe(lead);
    expect(sut.cooperatingDepartmentIds).toEqual(cooperating);
    expect(new Set(sut.matchedWords)).toEqual(new Set(words));
  });

  it('matches whole words only: "công nghiệp" is not found in "nông nghiệp"', () => {
    expect(matchDepartments('Phát triển nông nghiệp', RULES, FALLBACK).leadDepartmentId).toBe(FALLBACK);
  });

  it('reads NFD input and accented rule keywords alike', () => {
    const rules = [{ departmentId: 'SDL', keywords: ['Du lịch'], priority: 1 }];
    expect(matchDepartments('phát triển du lịch'.normalize('NFD'), rules, FALLBACK).leadDepartmentId).toBe('SDL');
  });
});

describe(proposeBreakdown.name, () => {
  const leaf = (ref: string, paragraphs: string[]): ParsedItem => ({ ref, title: `Mục ${ref}`, paragraphs, assignment: null, children: [] });
  const items: ParsedItem[] = [
    { ref: '3.1', title: 'Kinh tế', paragraphs: ['Đoạn mở đầu của mục cha không được chia.'], assignment: null, children: [
      leaf('3.1.d', [
        'Rà soát, đẩy nhanh tiến độ công tác chuẩn bị đầu tư công, đảm bảo phân bổ 100% nguồn tăng thu trong quý II năm 2026. Phấn đấu đến 31/12/2026 giải ngân 100% kế hoạch vốn bố trí.',
      ]),
    ] },
    leaf('3.3', ['Thu hút 22 triệu lượt khách du lịch.', 'Thu hút 22 triệu lượt khách du lịch.']),
    leaf('3.8', []),
  ];
  const deadlines = [
    { ref: '3.1.d', date: '2026-12-31', text: 'đến 31/12/2026' },
    { ref: '3.1.d', date: '2026-06-30', text: 'trong quý II năm 2026' },
  ];
  const sut = proposeBreakdown({ planYear: 2026, items, deadlines, rules: RULES, fallbackDepartmentId: FALLBACK });

  it('proposes only for leaves, one per distinct sentence, the title for a leaf without paragraphs', () => {
    expect(sut.map((p) => p.itemRef)).toEqual(['3.1.d', '3.1.d', '3.3', '3.8']);
  });

  it.each([
    [0, '2026-06-30', 'STC'],
    [1, '2026-12-31', 'STC'],
    [2, '2026-12-31', 'SDL'],
    [3, '2026-12-31', FALLBACK],
  ])('proposal %i is due %s and led by %s', (index, dueDate, lead) => {
    expect(sut[index]).toMatchObject({ dueDate, leadDepartmentId: lead });
  });

  it('carries the figure of the sentence as its target and a stable key', () => {
    expect(sut[2].target).toMatchObject({ value: 22 });
    expect(sut[2].breakdownKey).toBe(breakdownKeyOf('3.3', 'thu hút 22 triệu lượt khách du lịch'));
  });

  it('leaves out a sentence that only points at the appendix when the appendix rows are proposed themselves', () => {
    const pointer = leaf('II', ['Các nhiệm vụ cụ thể tại Phụ lục kèm theo.']);
    const row = { ...leaf('PL.1', []), title: 'Xây dựng cơ sở dữ liệu dùng chung' };
    const proposed = (withRows: ParsedItem[]) => proposeBreakdown({ planYear: 2026, items: withRows, deadlines: [], rules: [], fallbackDepartmentId: FALLBACK }).map((p) => p.itemRef);

    expect(proposed([pointer, row])).toEqual(['PL.1']);
    expect(proposed([pointer])).toEqual(['II']);
  });

  it('falls back to no due date when the plan year is unknown', () => {
    expect(proposeBreakdown({ planYear: null, items: [leaf('1', ['Việc.'])], deadlines: [], rules: [], fallbackDepartmentId: FALLBACK })[0].dueDate).toBeNull();
  });
});

describe(shortTitleOf.name, () => {
  it.each([
    ['- phát triển du lịch.', 'Phát triển du lịch'],
    ['a'.repeat(250), `A${'a'.repeat(198)}…`],
  ])('%s', (sentence, title) => expect(shortTitleOf(sentence)).toBe(title));

  it('cuts a long sentence at a word boundary within 200 characters', () => {
    const title = shortTitleOf('từ '.repeat(120));
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('từ…')).toBe(true);
  });
});

describe(splitBreakdownKey.name, () => {
  it('gives the first free ~n of the proposal key, also when splitting a split package', () => {
    expect(splitBreakdownKey('3.3#ab', new Set(['3.3#ab']))).toBe('3.3#ab~2');
    expect(splitBreakdownKey('3.3#ab', new Set(['3.3#ab', '3.3#ab~2']))).toBe('3.3#ab~3');
    expect(splitBreakdownKey('3.3#ab~2', new Set(['3.3#ab', '3.3#ab~2']))).toBe('3.3#ab~3');
  });
});

describe(normalizeKeyword.name, () => {
  it.each([
    ['  Đầu  tư công ', 'dau tu cong'],
    ['LNG', 'lng'],
    ['Khu kinh tế', 'khu kinh te'],
  ])('%s → %s', (input, output) => expect(normalizeKeyword(input)).toBe(output));
});

describe(checkConfirmedPackages.name, () => {
  const context = { itemRefs: new Set(['3.3']), activeDepartmentIds: new Set(['A', 'B']) };
  it.each([
    [{ itemRef: '3.3', title: 'Việc', leadDepartmentId: 'A', cooperatingDepartmentIds: ['B'], dueDate: '2026-12-31' }, []],
    [{ itemRef: '9.9', title: 'Việc', leadDepartmentId: 'A' }, ['packages.0.itemRef']],
    [{ itemRef: '3.3', title: '  ', leadDepartmentId: 'C' }, ['packages.0.title', 'packages.0.leadDepartmentId']],
    [{ itemRef: '3.3', title: 'Việc', leadDepartmentId: 'A', cooperatingDepartmentIds: ['A', 'Z'] }, ['packages.0.cooperatingDepartmentIds', 'packages.0.cooperatingDepartmentIds.1']],
    [{ itemRef: '3.3', title: 'x'.repeat(501), leadDepartmentId: 'A' }, ['packages.0.title']],
    [{ itemRef: '3.3', title: 'Việc', leadDepartmentId: 'A', target: [] }, ['packages.0.target']],
    [{ itemRef: '3.3', title: 'Việc', leadDepartmentId: 'A', dueDate: '2026-02-30' }, ['packages.0.dueDate']],
  ])('%j → %j', (input, fields) => {
    expect(checkConfirmedPackages('plan-1', [input], context).map((p) => p.field)).toEqual(fields);
  });

  it('refuses a key sent twice, naming the second package', () => {
    const a = { itemRef: '3.3', title: 'Việc', leadDepartmentId: 'A', breakdownKey: 'k' };
    expect(checkConfirmedPackages('plan-1', [a, { ...a, leadDepartmentId: 'B' }], context)).toEqual([expect.objectContaining({ field: 'packages.1.breakdownKey', rule: 'duplicatePackage' })]);
    expect(checkConfirmedPackages('plan-1', [a, { ...a, breakdownKey: 'k~2' }], context)).toEqual([]);
  });

  it('names every problem by a rule the web translates', () => {
    const problems = checkConfirmedPackages('plan-1', [{ itemRef: '9.9', title: ' ', leadDepartmentId: 'C', dueDate: '2026-02-30' }], context);
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(p.rule).toEqual(expect.any(String));
  });

  it('keeps the proposal key, or derives one from the sentence', () => {
    expect(confirmedKeyOf({ itemRef: '3.3', title: 'x', leadDepartmentId: 'A', breakdownKey: 'k' })).toBe('k');
    expect(confirmedKeyOf({ itemRef: '3.3', title: 'x', leadDepartmentId: 'A', sourceText: 'Câu.' })).toBe(breakdownKeyOf('3.3', 'Câu.'));
  });
});
