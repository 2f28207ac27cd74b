import { QueryClient } from '@tanstack/react-query';
import { boardFiltersOf, boardQueryOf, prefetchBoard } from '../board-query';
import { boardQueries } from '../api/board.queries';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const ubnd = { role: 'ubnd' as const, departmentId: null };
const department = { role: 'department' as const, departmentId: 'd1' };

describe('board query', () => {
  it('reads the filters from the URL, a department user opening on its own department', () => {
    expect(boardFiltersOf(new URLSearchParams('lanes=item&category=open_overdue&q=cầu'), ubnd)).toEqual({ lanes: 'item', departmentId: undefined, category: 'open_overdue', q: 'cầu' });
    expect(boardFiltersOf(new URLSearchParams('lanes=bogus&category=bogus'), department)).toEqual({ lanes: 'none', departmentId: 'd1', category: undefined, q: '' });
    expect(boardQueryOf('p1', boardFiltersOf(new URLSearchParams(), ubnd))).toEqual({ planId: 'p1', groupBy: 'status', lanes: undefined, departmentId: undefined, category: undefined, q: undefined, cardLimit: 'all' });
  });

  it("prefetches the first plan's board into the entry the page reads", async () => {
    const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>((url) =>
      Promise.resolve(json(url.startsWith('/api/plans') ? { items: [{ id: 'p1' }, { id: 'p2' }] } : url.startsWith('/api/board') ? { columns: [] } : [])),
    );
    global.fetch = fetchMock as unknown as typeof fetch;
    const queryClient = new QueryClient();

    await prefetchBoard(queryClient, new URLSearchParams(), ubnd);

    expect(queryClient.getQueryData(boardQueries.board(boardQueryOf('p1', boardFiltersOf(new URLSearchParams(), ubnd))).queryKey)).toEqual({ columns: [] });
    expect(fetchMock.mock.calls.map(([url]) => url.split('?')[0]).sort()).toEqual(['/api/board', '/api/departments', '/api/plans']);
  });
});
