import type { Actor, BoardCard, BoardColumn, BoardResponse } from '@mandate/domain';
import { acceptingColumns, applyMove, canDropOn, findCard, moveRequirement, replaceCard } from '../board-moves';

const lead: Actor = { id: 'u1', role: 'department', departmentId: 'stc' };
const other: Actor = { id: 'u2', role: 'department', departmentId: 'sdl' };
const ubnd: Actor = { id: 'u3', role: 'ubnd', departmentId: null };
const hdnd: Actor = { id: 'u4', role: 'hdnd', departmentId: null };
const admin: Actor = { id: 'u5', role: 'admin', departmentId: null };

const card = (over: Partial<BoardCard> = {}): BoardCard => ({
  id: 'c1',
  title: 'Giải ngân vốn đầu tư công',
  status: 'not_started',
  category: 'not_started',
  dueDate: '2026-12-31',
  leadDepartmentId: 'stc',
  itemRef: '3.1.d',
  progress: 0,
  version: 1,
  ...over,
});

const response = (columns: BoardColumn[], lanes: BoardResponse['lanes'] = null): BoardResponse => ({ asOf: '2026-06-01', groupBy: 'status', cardLimit: 50, revision: 1, departments: [], columns, lanes });

const board = (): BoardResponse => ({
  asOf: '2026-06-01',
  groupBy: 'status',
  cardLimit: 50,
  revision: 1,
  departments: [],
  lanes: null,
  columns: [
    { key: 'not_started', title: 'Chưa bắt đầu', count: 2, cards: [card(), card({ id: 'c2' })] },
    { key: 'in_progress', title: 'Đang thực hiện', count: 1, cards: [card({ id: 'c3', status: 'in_progress' })] },
    { key: 'blocked', title: 'Vướng mắc', count: 0, cards: [] },
  ],
});

describe('acceptingColumns', () => {
  it.each<[string, Actor, Partial<BoardCard>, string[]]>([
    ['the lead starts a package', lead, {}, ['in_progress']],
    ['the lead blocks or submits one in progress', lead, { status: 'in_progress' }, ['blocked', 'submitted']],
    ['the lead cannot approve its own report', lead, { status: 'submitted' }, []],
    ['another department moves nothing', other, {}, []],
    ['the UBND office may also cancel', ubnd, {}, ['in_progress', 'cancelled']],
    ['the UBND office approves or returns', ubnd, { status: 'submitted' }, ['done', 'in_progress', 'cancelled']],
    ['HĐND moves nothing', hdnd, { status: 'in_progress' }, []],
    ['admin moves nothing', admin, { status: 'in_progress' }, []],
  ])('%s', (_case, actor, over, expected) => {
    expect([...acceptingColumns(actor, card(over))].sort()).toEqual([...expected].sort());
  });

  it('accepts a drop only on an allowed column', () => {
    expect(canDropOn(lead, card(), 'in_progress')).toBe(true);
    expect(canDropOn(lead, card(), 'done')).toBe(false);
    expect(canDropOn(lead, card(), 'not_started')).toBe(false);
  });
});

describe('moveRequirement', () => {
  it.each([
    ['not_started', 'in_progress', null],
    ['in_progress', 'blocked', 'reason'],
    ['in_progress', 'submitted', 'report'],
    ['submitted', 'in_progress', 'reason'],
    ['submitted', 'done', null],
    ['done', 'in_progress', 'reason'],
    ['in_progress', 'cancelled', 'reason'],
  ] as const)('%s → %s asks for %p', (from, to, expected) => {
    expect(moveRequirement(from, to)).toBe(expected);
  });
});

describe('applyMove', () => {
  it('moves the card to the top of the target column and fixes the counts', () => {
    const next = applyMove(board(), 'c1', 'in_progress');
    expect(next.columns.map((c) => [c.key, c.count, c.cards.map((x) => x.id)])).toEqual([
      ['not_started', 1, ['c2']],
      ['in_progress', 2, ['c1', 'c3']],
      ['blocked', 0, []],
    ]);
    expect(findCard(next, 'c1')?.status).toBe('in_progress');
  });

  it('leaves the board untouched for an unknown card or the same status', () => {
    const before = board();
    expect(applyMove(before, 'nope', 'in_progress')).toBe(before);
    expect(applyMove(before, 'c1', 'not_started')).toBe(before);
  });

  it('only changes the status on a board grouped by department', () => {
    const byDept = response([{ key: 'stc', title: 'Sở Tài chính', count: 1, cards: [card()] }]);
    const next = applyMove(byDept, 'c1', 'in_progress');
    expect(next.columns[0]?.cards[0]?.status).toBe('in_progress');
    expect(next.columns[0]?.count).toBe(1);
  });

  it('moves the card inside its swimlane too, leaving other lanes alone', () => {
    const lane = (key: string, cards: BoardCard[]) => ({
      key,
      title: key,
      columns: [
        { key: 'not_started', title: 'Chưa bắt đầu', count: cards.length, cards },
        { key: 'in_progress', title: 'Đang thực hiện', count: 0, cards: [] },
      ],
    });
    const split = response(board().columns, [lane('3.1.d', [card()]), lane('3.2.a', [card({ id: 'c2', itemRef: '3.2.a' })])]);
    const next = applyMove(split, 'c1', 'in_progress');
    expect(next.lanes?.map((l) => l.columns.map((c) => [c.key, c.count, c.cards.map((x) => x.id)]))).toEqual([
      [['not_started', 0, []], ['in_progress', 1, ['c1']]],
      [['not_started', 1, ['c2']], ['in_progress', 0, []]],
    ]);
  });

  it('takes the server copy of a card after a move', () => {
    const next = replaceCard(board(), card({ id: 'c3', status: 'in_progress', version: 5, progress: 40 }));
    expect(findCard(next, 'c3')).toMatchObject({ version: 5, progress: 40 });
  });
});
