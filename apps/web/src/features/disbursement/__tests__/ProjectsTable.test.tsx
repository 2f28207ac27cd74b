import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DisbursementProject } from '@mandate/domain';
import { fakeSession, renderElement, sessionUser } from '../../../test/render';
import { ProjectsTable } from '../components/DisbursementPage';
import { jsonResponse } from '../../../test/fetch-call';

const project = (code: string, rate: number): DisbursementProject => ({
  id: `id-${code}`,
  code,
  name: `Dự án ${code}`,
  investorDepartmentId: 'd1',
  capitalSource: 'Ngân sách tỉnh',
  allocated: 1_000_000_000,
  disbursed: rate * 10_000_000,
  reportedMonth: '2026-06',
  rate,
  targetRate: 40,
  belowCurve: rate < 40,
  version: 1,
});

describe(ProjectsTable.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const requested = () => fetchMock.mock.calls.map(([url]) => new URL(url, 'http://localhost'));

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    fetchMock.mockImplementation(async (url) => {
      const query = new URL(url, 'http://localhost').searchParams;
      if (query.get('belowCurve') === 'true') return jsonResponse(200, { items: [project('DA-02', 10)], total: 1, nextCursor: null });
      if (query.get('cursor') === 'after-DA-02') return jsonResponse(200, { items: [project('DA-03', 90)], total: 3, nextCursor: null });
      return jsonResponse(200, { items: [project('DA-01', 70), project('DA-02', 10)], total: 3, nextCursor: 'after-DA-02' });
    });
  });

  it('pages the projects from the API by cursor and starts again at the first page when a filter changes', async () => {
    const user = userEvent.setup();
    renderElement(<ProjectsTable planId="p1" investors={[]} departmentName={() => 'Sở Tài chính'} canEnter={() => false} onEnter={() => undefined} />, { session: fakeSession(sessionUser('hdnd')) });

    const table = await screen.findByRole('table', { name: 'Dự án' });
    expect(await within(table).findByRole('row', { name: /DA-01/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /DA-02/ })).toHaveTextContent('Dưới mục tiêu');
    expect(screen.getByText(/3 dự án phù hợp · Trang 1/)).toBeInTheDocument();
    expect(requested()[0].pathname).toBe('/api/plans/p1/disbursement/projects');
    expect(Object.fromEntries(requested()[0].searchParams)).toEqual({ sort: 'code', limit: '25' });

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(await within(table).findByRole('row', { name: /DA-03/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /DA-01/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Trang 2/)).toBeInTheDocument();
    expect(requested().at(-1)?.searchParams.get('cursor')).toBe('after-DA-02');
    expect(screen.getByRole('button', { name: 'Trang sau' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(await within(table).findByRole('row', { name: /DA-01/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await within(table).findByRole('row', { name: /DA-03/ });
    await user.click(screen.getByRole('switch', { name: 'Chỉ dự án dưới đường mục tiêu' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: /DA-03/ })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /DA-02/ })).toBeInTheDocument();
    expect(screen.getByText(/1 dự án phù hợp · Trang 1/)).toBeInTheDocument();
    const last = requested().at(-1)!;
    expect(last.searchParams.get('belowCurve')).toBe('true');
    expect(last.searchParams.get('cursor')).toBeNull();
  });
});
