import type { LeagueRow } from '@mandate/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeSession, renderElement, sessionUser } from '../../../../test/render';
import { LeagueTableView } from '../components/LeagueTableView';

const counts = { done_on_time: 2, done_late: 1, open_on_time: 0, open_overdue: 1, not_started: 0, no_deadline: 0, cancelled: 0 };
const row = (departmentId: string, rank: number, onTime: number, due: number, rate: number | null, previous: number | null): LeagueRow => ({
  departmentId,
  total: 4,
  byCategory: counts,
  due: 4,
  onTimeRate: 0.5,
  overdueRate: 0.25,
  avgDaysLate: 3,
  rank,
  requests: { total: due + 1, due, byCategory: { done_on_time: onTime, done_late: due - onTime, open_overdue: 0, open_on_time: 1, cancelled: 0 } },
  requestsOnTimeRate: rate,
  previous: { onTimeRate: 0.5, overdueRate: 0.25, avgDaysLate: 3, rank, requestsOnTimeRate: previous },
});
const names: Record<string, string> = { a: 'Sở Tài chính', b: 'Sở Du lịch' };

describe(LeagueTableView.name, () => {
  it('shows the supervision requests answered on time with the change, sorts by it and drills into the requests', () => {
    const onDrillRequests = jest.fn();
    renderElement(<LeagueTableView rows={[row('a', 1, 1, 3, 0.3333, 0.5), row('b', 1, 2, 2, 1, null)]} departmentName={(id) => names[id]} onDrillRequests={onDrillRequests} />, {
      session: fakeSession(sessionUser('hdnd')),
    });
    const table = screen.getByTestId('league-table');
    const stc = within(table).getByRole('row', { name: /Sở Tài chính/ });
    expect(within(stc).getByTestId('league-requests')).toHaveTextContent('33,3%−16,7');
    expect(within(stc).getByTestId('league-requests')).toHaveTextContent('1/3');

    fireEvent.click(within(table).getByRole('button', { name: /Trả lời giám sát đúng hạn/ }));
    expect(within(table).getAllByTestId('league-row').map((r) => within(r).getAllByRole('cell')[2].textContent)).toEqual(['Sở Du lịch', 'Sở Tài chính']);
    fireEvent.click(within(table).getByRole('button', { name: /Trả lời giám sát đúng hạn/ }));
    expect(within(table).getAllByTestId('league-row').map((r) => within(r).getAllByRole('cell')[2].textContent)).toEqual(['Sở Tài chính', 'Sở Du lịch']);

    fireEvent.click(within(stc).getByRole('button', { name: 'Xem 4 yêu cầu giám sát gửi Sở Tài chính' }));
    expect(onDrillRequests).toHaveBeenCalledWith(expect.objectContaining({ departmentId: 'a' }));
  });
});
