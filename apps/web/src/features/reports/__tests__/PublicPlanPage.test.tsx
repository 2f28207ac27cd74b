import { screen, within } from '@testing-library/react';
import type { PublicPlanSummary } from '@mandate/domain';
import { renderRoutes } from '../../../test/render';
import { PublicPlanPage } from '../components/PublicPlanPage';

const counts = (n: number) => ({ done_on_time: n, done_late: 0, open_on_time: 1, open_overdue: 0, not_started: 0, no_deadline: 0, cancelled: 0 });

const summary: PublicPlanSummary = {
  plan: { id: 'p-1', number: '318/NQ-HĐND', title: 'Kế hoạch phát triển kinh tế - xã hội năm 2026', issuer: null, planYear: 2026 },
  asOf: '2026-12-02',
  lastUpdatedAt: '2026-12-02T03:00:00.000Z',
  publishedAt: '2026-12-01T03:00:00.000Z',
  packages: {
    total: 5,
    byCategory: counts(3),
    byDepartment: [
      { departmentName: 'Sở Tài chính', total: 3, byCategory: counts(2) },
      { departmentName: 'Sở Du lịch', total: 2, byCategory: counts(1) },
    ],
  },
  indicators: [],
  disbursement: null,
};

describe(PublicPlanPage.name, () => {
  beforeEach(() => {
    global.fetch = jest.fn(async () => new Response(JSON.stringify(summary), { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
  });

  it('shows the counts per department in the shared department table, without a sum row', async () => {
    renderRoutes([{ path: '/public/plans/:id', element: <PublicPlanPage /> }], { path: '/public/plans/p-1' });

    expect(await screen.findByText('Tổng số nhiệm vụ: 5')).toBeInTheDocument();
    const finance = screen.getByRole('cell', { name: 'Sở Tài chính' }).closest('tr') as HTMLElement;
    expect(within(finance).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Sở Tài chính', '3', '2', '0', '1', '0', '0', '0', '0']);
    expect(screen.queryByText('Tổng cộng')).not.toBeInTheDocument();
  });
});
