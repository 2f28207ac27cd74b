import type { ProposedPackage } from '@mandate/domain';
import { dropRows, groupProposals, mergeRows, parseDueDateInput, rowProblems, splitRows, toConfirmed, updateRow } from '../breakdown-edits';

const proposal = (overrides: Partial<ProposedPackage>): ProposedPackage => ({
  itemRef: '3.1.d',
  title: 'Nhiệm vụ',
  sourceText: 'Câu gốc.',
  leadDepartmentId: 'stc',
  cooperatingDepartmentIds: [],
  dueDate: '2026-12-31',
  target: null,
  reason: '',
  expectedOutput: null,
  leadSource: 'content',
  agencies: [],
  breakdownKey: 'k',
  ...overrides,
});

const sample = () =>
  groupProposals([
    proposal({ title: 'Đẩy nhanh giải ngân', sourceText: 'Giải ngân 100%.', leadDepartmentId: 'stc', cooperatingDepartmentIds: ['kh'], dueDate: '2026-12-31', breakdownKey: 'k1', reason: 'ngân sách' }),
    proposal({ title: 'Phân bổ tăng thu', sourceText: 'Phân bổ 100%.', leadDepartmentId: 'xd', cooperatingDepartmentIds: ['stc', 'tn'], dueDate: '2026-06-30', breakdownKey: 'k2', target: { comparator: 'gte', value: 100, max: null, unit: '%', label: null } }),
    proposal({ title: 'Thu hồi tạm ứng', sourceText: 'Thu hồi.', leadDepartmentId: 'stc', dueDate: null, breakdownKey: 'k3' }),
    proposal({ itemRef: '3.2.a', title: 'Du lịch', breakdownKey: 'k4' }),
  ]);

describe('groupProposals', () => {
  it('groups by leaf item in proposal order with unique row ids', () => {
    const groups = sample();
    expect(groups.map((g) => [g.itemRef, g.rows.map((r) => r.breakdownKey)])).toEqual([
      ['3.1.d', ['k1', 'k2', 'k3']],
      ['3.2.a', ['k4']],
    ]);
    expect(new Set(groups.flatMap((g) => g.rows.map((r) => r.rowId))).size).toBe(4);
  });
});

describe(mergeRows.name, () => {
  it('joins titles and sources, keeps the first lead and key, unions co-operating and takes the earliest date', () => {
    const [group] = sample();
    const [a, b, c] = group.rows;
    const merged = mergeRows(group.rows, new Set([a.rowId, b.rowId, c.rowId]));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      rowId: a.rowId,
      itemRef: '3.1.d',
      title: 'Đẩy nhanh giải ngân; Phân bổ tăng thu; Thu hồi tạm ứng',
      sourceText: 'Giải ngân 100%.\nPhân bổ 100%.\nThu hồi.',
      leadDepartmentId: 'stc',
      dueDate: '2026-06-30',
      breakdownKey: 'k1',
      target: { comparator: 'gte', value: 100 },
    });
    // The other leads join as co-operating; the kept lead is never its own co-operator.
    expect([...merged[0].cooperatingDepartmentIds].sort()).toEqual(['kh', 'tn', 'xd']);
  });

  it('keeps the merged row where the first selected row was and leaves unselected rows alone', () => {
    const [group] = sample();
    const [a, b, c] = group.rows;
    const merged = mergeRows(group.rows, new Set([b.rowId, c.rowId]));
    expect(merged.map((r) => r.breakdownKey)).toEqual(['k1', 'k2']);
    expect(merged[0]).toBe(a);
    expect(merged[1].dueDate).toBe('2026-06-30');
  });

  it('gives no date when none of the merged rows has one', () => {
    const rows = groupProposals([proposal({ dueDate: null, breakdownKey: 'x' }), proposal({ dueDate: null, breakdownKey: 'y' })])[0].rows;
    expect(mergeRows(rows, new Set(rows.map((r) => r.rowId)))[0].dueDate).toBeNull();
  });

  it('does nothing with fewer than two selected rows', () => {
    const [group] = sample();
    expect(mergeRows(group.rows, new Set([group.rows[0].rowId]))).toEqual(group.rows);
    expect(mergeRows(group.rows, new Set())).toEqual(group.rows);
  });
});

describe(splitRows.name, () => {
  it('gives each department of a row its own package: the first keeps the key, the others the next free ~n', () => {
    const [group] = sample();
    const [a, b, c] = group.rows;
    const split = splitRows(group.rows, new Set([b.rowId]), 'byDepartment');
    expect(split.map((r) => [r.leadDepartmentId, r.cooperatingDepartmentIds, r.breakdownKey])).toEqual([
      ['stc', ['kh'], 'k1'],
      ['xd', [], 'k2'],
      ['stc', [], 'k2~2'],
      ['tn', [], 'k2~3'],
      ['stc', [], 'k3'],
    ]);
    expect(split[0]).toBe(a);
    expect(split[4]).toBe(c);
    expect(split.slice(1, 4).map((r) => r.title)).toEqual([b.title, b.title, b.title]);
    expect(new Set(split.map((r) => r.rowId)).size).toBe(5);
    // The same split of the same proposals names the same packages: confirming it again creates nothing.
    expect(toConfirmed([{ ...group, rows: splitRows(group.rows, new Set([b.rowId]), 'byDepartment') }]).map((p) => p.breakdownKey)).toEqual(split.map((r) => r.breakdownKey));
  });

  it('copies a row to edit by hand, under a key no other row has, also when splitting a split row', () => {
    const [group] = sample();
    const a = group.rows[0];
    const once = splitRows(group.rows, new Set([a.rowId]), 'copy');
    expect(once.map((r) => r.breakdownKey)).toEqual(['k1', 'k1~2', 'k2', 'k3']);
    expect(once[1]).toMatchObject({ title: a.title, leadDepartmentId: 'stc', cooperatingDepartmentIds: ['kh'] });
    const twice = splitRows(once, new Set([once[1].rowId]), 'copy');
    expect(twice.map((r) => r.breakdownKey)).toEqual(['k1', 'k1~2', 'k1~3', 'k2', 'k3']);
    expect(new Set(twice.map((r) => r.rowId)).size).toBe(5);
  });

  it('leaves a row with a single department as it is', () => {
    const [group] = sample();
    expect(splitRows(group.rows, new Set([group.rows[2].rowId]), 'byDepartment')).toEqual(group.rows);
  });
});

describe(dropRows.name, () => {
  it('removes exactly the selected rows', () => {
    const [group] = sample();
    const [a, b, c] = group.rows;
    expect(dropRows(group.rows, new Set([a.rowId, c.rowId]))).toEqual([b]);
    expect(dropRows(group.rows, new Set())).toEqual(group.rows);
  });
});

describe(updateRow.name, () => {
  it('changes one row, keeps the others identical, and takes a new lead out of the co-operating list', () => {
    const [group] = sample();
    const [a, b] = group.rows;
    const next = updateRow(group.rows, b.rowId, { leadDepartmentId: 'stc' });
    expect(next[0]).toBe(a);
    expect(next[1]).toMatchObject({ leadDepartmentId: 'stc', cooperatingDepartmentIds: ['tn'] });
  });
});

describe('rowProblems and toConfirmed', () => {
  it('flags an empty title or lead and sends rows without the editor id', () => {
    expect(rowProblems(proposal({ title: '  ', leadDepartmentId: '' }))).toEqual(['title', 'lead']);
    const sent = toConfirmed(sample());
    expect(sent).toHaveLength(4);
    expect(sent[0]).not.toHaveProperty('rowId');
    expect(sent[0].breakdownKey).toBe('k1');
  });
});

describe('parseDueDateInput', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['1/2/2026', '2026-02-01'],
    ['', null],
    ['30/02/2026', undefined],
    ['2026-12-31', undefined],
  ])('reads %p as %p', (text, expected) => {
    expect(parseDueDateInput(text)).toBe(expected);
  });
});
