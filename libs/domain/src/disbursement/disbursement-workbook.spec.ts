import { columnLetter, DISBURSEMENT_COLUMNS, investorResolver, parseWorkbookMonth, pickDisbursementPackage, readDisbursementRows, WorkbookCell } from './disbursement-workbook';

const HEADER = DISBURSEMENT_COLUMNS.map((c) => c.header);
const investors: Record<string, string> = { 'BQLDA-DTXD': 'dep-1', 'so giao thong': 'dep-2' };
const resolve = (text: string) => investors[text] ?? null;
const row = (row: number, cells: WorkbookCell[]) => ({ row, cells });
const good = (n: number, overrides: Partial<Record<number, WorkbookCell>> = {}): WorkbookCell[] => {
  const cells: WorkbookCell[] = [`DA-${n}`, `Dự án ${n}`, 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000_000_000, '06/2026', 400_000_000];
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v as WorkbookCell;
  return cells;
};

describe(readDisbursementRows.name, () => {
  it('reads valid rows, skipping empty ones, with columns in any order', () => {
    const header = [...HEADER].reverse();
    const sut = readDisbursementRows(header, [row(2, [...good(1)].reverse()), row(3, [null, '', null]), row(4, [...good(2)].reverse())], resolve);
    expect(sut).toEqual({
      ok: true,
      rows: [
        { row: 2, code: 'DA-1', name: 'Dự án 1', investorDepartmentId: 'dep-1', capitalSource: 'Ngân sách tỉnh', allocated: 1_000_000_000, month: '2026-06', cumulative: 400_000_000 },
        expect.objectContaining({ row: 4, code: 'DA-2' }),
      ],
    });
  });

  it('matches headers ignoring case and diacritics', () => {
    const header = HEADER.map((h) => h.toUpperCase());
    expect(readDisbursementRows(header, [row(2, good(1))], resolve).ok).toBe(true);
  });

  it('names a missing and a renamed column', () => {
    const header: string[] = [...HEADER];
    header[6] = 'Số tiền';
    header.splice(3, 1);
    const sut = readDisbursementRows(header, [row(2, good(1))], resolve);
    expect(sut.ok).toBe(false);
    const problems = !sut.ok ? sut.problems : [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'F1', row: 1, column: 'F', message: expect.stringContaining('"Số tiền" is not a column') }),
        expect.objectContaining({ field: 'header', message: expect.stringContaining('"Nguồn vốn" is missing') }),
        expect.objectContaining({ field: 'header', message: expect.stringContaining('"Lũy kế giải ngân (đồng)" is missing') }),
      ]),
    );
  });

  it('lists every faulty cell by row and column: text in a number cell, a negative amount, above the allocation, unknown investor, bad month', () => {
    const sut = readDisbursementRows(
      HEADER,
      [
        row(2, good(1, { 6: 'chưa có số liệu' })),
        row(3, good(2, { 4: -5 })),
        row(4, good(3, { 6: 2_000_000_000 })),
        row(5, good(4, { 2: 'Sở Không Có' })),
        row(6, good(5, { 5: '13/2026' })),
        row(7, good(6, { 4: 1.5 })),
        row(8, good(7)),
      ],
      resolve,
    );
    expect(sut.ok).toBe(false);
    const problems = !sut.ok ? sut.problems : [];
    expect(problems.map((p) => p.field)).toEqual(['G2', 'E3', 'G4', 'C5', 'F6', 'E7']);
    expect(problems[0].message).toContain('row 2, column G "Lũy kế giải ngân (đồng)": is text');
    expect(problems[1].message).toContain('negative');
    expect(problems[2].message).toContain('above the allocation');
    expect(problems[3]).toMatchObject({ row: 5, column: 'C' });
  });

  it('refuses the same project twice for one month', () => {
    const sut = readDisbursementRows(HEADER, [row(2, good(1)), row(3, good(1))], resolve);
    expect(!sut.ok && sut.problems).toEqual([expect.objectContaining({ field: 'A3', message: expect.stringContaining('row 2') })]);
  });

  it('refuses a workbook with a header and no rows', () => {
    expect(readDisbursementRows(HEADER, [], resolve)).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'file' })] });
  });
});

describe(parseWorkbookMonth.name, () => {
  it.each([
    ['06/2026', '2026-06'],
    ['6/2026', '2026-06'],
    ['2026-06', '2026-06'],
    ['30/06/2026', '2026-06'],
    [new Date(Date.UTC(2026, 5, 1)), '2026-06'],
    ['13/2026', null],
    ['tháng 6', null],
    [202606, null],
  ] as const)('%s → %s', (cell, expected) => {
    expect(parseWorkbookMonth(cell)).toBe(expected);
  });
});

describe(columnLetter.name, () => {
  it.each([
    [1, 'A'],
    [7, 'G'],
    [26, 'Z'],
    [27, 'AA'],
  ])('%s → %s', (n, letter) => expect(columnLetter(n)).toBe(letter));
});

describe(investorResolver.name, () => {
  const sut = investorResolver([{ id: 'd1', code: 'BQLDA-DTXD', name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh' }], [{ key: 'ban qlda', departmentId: 'd1' }]);
  it.each(['BQLDA-DTXD', 'bqlda-dtxd', 'Ban quản lý dự án đầu tư xây dựng tỉnh', 'BAN QUAN LY DU AN DAU TU XAY DUNG'])('finds %s', (text) => expect(sut(text)).toBe('d1'));
  it('finds nothing for another name', () => expect(sut('Sở Du lịch')).toBeNull());
});

describe(pickDisbursementPackage.name, () => {
  it('prefers the package that promises 100% disbursement', () => {
    const p = (id: string, title: string) => ({ id, title, sourceText: null, itemRef: '3.1.d' });
    expect(pickDisbursementPackage([p('a', 'Xây dựng kế hoạch đầu tư công'), p('b', 'Đẩy nhanh tiến độ giải ngân vốn đầu tư'), p('c', 'Phấn đấu đến 31/12/2026 giải ngân 100% kế hoạch vốn bố trí')])).toBe('c');
    expect(pickDisbursementPackage([p('a', 'Xây dựng kế hoạch'), p('b', 'Đẩy nhanh giải ngân')])).toBe('b');
    expect(pickDisbursementPackage([p('a', 'Xây dựng kế hoạch')])).toBeNull();
  });
});
