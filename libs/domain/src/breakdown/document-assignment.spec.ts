import type { ParsedAssignment, ParsedItem } from '../plan-document';
import { AgencyCatalogue } from './document-assignment';
import { BreakdownRule, proposeBreakdown } from './propose-breakdown';

const CATALOGUE: AgencyCatalogue = {
  departments: [
    { id: 'VP', code: 'VP-UBND', name: 'Văn phòng UBND tỉnh' },
    { id: 'STC', code: 'STC', name: 'Sở Tài chính' },
    { id: 'SKHCN', code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
    { id: 'SXD', code: 'SXD', name: 'Sở Xây dựng' },
    { id: 'CAT', code: 'CAT', name: 'Công an tỉnh' },
  ],
  aliases: [],
};
const RULES: BreakdownRule[] = [
  { departmentId: 'SXD', keywords: ['xay dung'], priority: 10 },
  { departmentId: 'CAT', keywords: ['an ninh'], priority: 10 },
];

const item = (ref: string, title: string, assignment: ParsedAssignment | null, children: ParsedItem[] = [], paragraphs: string[] = []): ParsedItem => ({ ref, title, paragraphs, assignment, children });
const assigned = (lead: string[], cooperating: string[] = [], dueText: string | null = null, product: string | null = null): ParsedAssignment => ({ lead, cooperating, dueText, product });
const propose = (items: ParsedItem[], deadlines: { ref: string; date: string; text: string }[] = []) =>
  proposeBreakdown({ planYear: 2026, items, deadlines, rules: RULES, fallbackDepartmentId: 'VP', catalogue: CATALOGUE });

describe('break-down from the document\'s assignment', () => {
  it('takes lead, co-operating, deadline and product from the table row, not from words in the task', () => {
    const [sut] = propose(
      [item('PL.1', 'Xây dựng, hoàn thiện các văn bản bảo đảm an ninh năng lượng', assigned(['Sở KH&CN'], ['Sở Tài chính', 'UBND các xã, phường'], 'Quý III/2026', 'Cơ sở dữ liệu được vận hành'))],
      [{ ref: 'PL.1', date: '2026-09-30', text: 'Quý III/2026' }],
    );
    expect(sut).toMatchObject({ leadDepartmentId: 'SKHCN', cooperatingDepartmentIds: ['STC'], dueDate: '2026-09-30', expectedOutput: 'Cơ sở dữ liệu được vận hành', leadSource: 'document' });
    expect(sut.agencies.map((a) => [a.name, a.how])).toEqual([['Sở KH&CN', 'name'], ['Sở Tài chính', 'name'], ['UBND các xã, phường', 'group']]);
  });

  it('falls back to the subject rules when the document\'s lead matches no department, and says so', () => {
    const [sut] = propose([item('PL.2', 'Bảo đảm an ninh mạng', assigned(['Bộ Công an'], ['Sở Tài chính']))]);
    expect(sut).toMatchObject({ leadDepartmentId: 'CAT', cooperatingDepartmentIds: ['STC'], leadSource: 'content' });
    expect(sut.reason).toContain('Bộ Công an');
    expect(sut.agencies[0]).toMatchObject({ name: 'Bộ Công an', departmentId: null, how: 'none' });
  });

  it('gives an ongoing duty no deadline rather than the end of the plan year', () => {
    expect(propose([item('PL.3', 'Theo dõi, đôn đốc', assigned(['Sở Tài chính'], [], 'Thường xuyên'))])[0].dueDate).toBeNull();
  });

  it('hands a section\'s agency down to the tasks under it', () => {
    const sut = propose([item('V.3', 'Sở Tài chính', assigned(['Sở Tài chính']), [item('V.3.a', 'Tham mưu bố trí vốn xây dựng hạ tầng', null)])]);
    expect(sut).toEqual([expect.objectContaining({ itemRef: 'V.3.a', leadDepartmentId: 'STC', leadSource: 'document' })]);
  });

  it('keeps suggesting from the content where the document names no one', () => {
    const [sut] = propose([item('1', 'Đẩy mạnh xây dựng nông thôn mới', null)]);
    expect(sut).toMatchObject({ leadDepartmentId: 'SXD', leadSource: 'content', agencies: [], expectedOutput: null, dueDate: '2026-12-31' });
  });

  it('makes a second lead agency a co-operating one', () => {
    const [sut] = propose([item('PL.4', 'Phối hợp liên ngành', assigned(['Sở Tài chính', 'Sở Xây dựng'], ['Sở Tài chính']))]);
    expect(sut).toMatchObject({ leadDepartmentId: 'STC', cooperatingDepartmentIds: ['SXD'] });
  });
});
