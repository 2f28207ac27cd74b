import { screen, within } from '@testing-library/react';
import type { SupervisionRequest } from '@mandate/domain';
import { renderElement } from '../../../test/render';
import { SupervisionTable } from '../components/SupervisionTable';

const TODAY = '2026-12-02';
const request = (over: Partial<SupervisionRequest>): SupervisionRequest => ({
  id: 'r-1',
  kind: 'chat_van',
  status: 'open',
  subject: { type: 'work_package', id: 'wp-1', title: 'Giải ngân 100% kế hoạch vốn đầu tư công' },
  planId: 'p-1',
  addresseeDepartmentId: 'stc',
  content: 'Vì sao tiến độ giải ngân chậm?',
  round: 1,
  dueDate: '2026-12-22',
  answeredOn: null,
  category: 'open_on_time',
  raisedBy: 'u-1',
  raisedByName: 'Thường trực HĐND tỉnh',
  createdAt: '2026-12-02T01:00:00.000Z',
  updatedAt: '2026-12-02T01:00:00.000Z',
  version: 1,
  ...over,
});

describe(SupervisionTable.name, () => {
  it('shows each request in Vietnamese: kind, subject, addressee, deadline dd/mm/yyyy, state and timeliness', () => {
    renderElement(
      <SupervisionTable
        today={TODAY}
        addresseeName={(id) => (id === 'stc' ? 'Sở Tài chính' : 'UBND tỉnh')}
        requests={[request({}), request({ id: 'r-2', kind: 'kien_nghi', status: 'answered', addresseeDepartmentId: null, round: 2, dueDate: '2026-11-30', answeredOn: '2026-12-01', category: 'done_late' })]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Danh sách yêu cầu giám sát' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Chất vấn' })).toHaveAttribute('href', '/supervision/r-1');
    expect(rows[1]).toHaveTextContent('Sở Tài chính');
    expect(rows[1]).toHaveTextContent('22/12/2026');
    expect(rows[1]).toHaveTextContent('Chờ trả lời');
    expect(rows[1]).toHaveTextContent('Đang thực hiện trong hạn');
    expect(rows[2]).toHaveTextContent('Kiến nghị giám sát');
    expect(rows[2]).toHaveTextContent('UBND tỉnh');
    expect(rows[2]).toHaveTextContent('Lượt 2');
    expect(rows[2]).toHaveTextContent('Hoàn thành quá hạn');
  });

  it('says so when there is nothing', () => {
    renderElement(<SupervisionTable today={TODAY} addresseeName={() => ''} requests={[]} />);
    expect(screen.getByText('Chưa có yêu cầu giám sát nào.')).toBeInTheDocument();
  });
});
