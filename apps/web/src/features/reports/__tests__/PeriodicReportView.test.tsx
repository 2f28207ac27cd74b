import { screen, within } from '@testing-library/react';
import type { PeriodicReport } from '@mandate/domain';
import { renderElement } from '../../../test/render';
import { PeriodicReportView } from '../components/PeriodicReportView';

const zero = { done_on_time: 0, done_late: 0, open_on_time: 0, open_overdue: 0, not_started: 0, no_deadline: 0, cancelled: 0 };

const report: PeriodicReport = {
  plan: { id: 'p1', number: '318/NQ-HĐND', title: 'Về kế hoạch phát triển kinh tế - xã hội năm 2026', planYear: 2026 },
  period: { key: '2026-Q2', kind: 'quarter', year: 2026, from: '2026-04-01', to: '2026-06-30', label: { vi: 'Quý II/2026', en: 'Q2 2026' } },
  cutOff: '2026-06-14',
  total: 0,
  byCategory: zero,
  byDepartment: [],
  completed: [],
  overdue: [],
  extensions: [],
  indicators: [
    { code: '6', name: 'Tổng thu ngân sách nhà nước trên địa bàn', group: 'economy', target: '> 74.000 tỷ đồng', unit: 'tỷ đồng', latest: { period: '2026-Q1', kind: 'estimate', value: 18600 }, percentOfTarget: 25.1, status: 'on_track' },
    { code: '21', name: 'Tỷ lệ che phủ rừng', group: 'environment', target: '> 46%', unit: '%', latest: null, percentOfTarget: null, status: 'no_data' },
  ],
  supervisionAnswered: [
    { id: 'r1', kind: 'chat_van', subjectTitle: 'Tiến độ thu ngân sách', addressee: 'Sở Tài chính', dueDate: '2026-05-30', answeredOn: '2026-05-20', answeredOnTime: true },
    { id: 'r2', kind: 'kien_nghi', subjectTitle: 'Giải phóng mặt bằng', addressee: 'UBND tỉnh', dueDate: '2026-04-30', answeredOn: '2026-05-05', answeredOnTime: false },
  ],
} as PeriodicReport;

describe(PeriodicReportView.name, () => {
  it('shows each target’s status as of the cut-off and the supervision requests answered in the period, in Vietnamese', async () => {
    renderElement(<PeriodicReportView report={report} />);
    const [revenue, forest] = await screen.findAllByTestId('periodic-indicator');
    expect(revenue).toHaveTextContent('6. Tổng thu ngân sách nhà nước trên địa bàn');
    expect(revenue).toHaveTextContent('18.600 tỷ đồng (Quý I/2026)');
    expect(revenue).toHaveTextContent('25,1%');
    expect(within(revenue).getByText('Đúng tiến độ')).toBeInTheDocument();
    expect(within(forest).getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(screen.getByText('Yêu cầu giám sát đã được trả lời trong kỳ (2)')).toBeInTheDocument();
    const [onTime, late] = screen.getAllByTestId('periodic-supervision');
    expect(onTime).toHaveTextContent('Chất vấn');
    expect(onTime).toHaveTextContent('Trả lời ngày 20/05/2026 (hạn 30/05/2026): đúng hạn');
    expect(late).toHaveTextContent('UBND tỉnh');
    expect(late).toHaveTextContent('Trả lời ngày 05/05/2026 (hạn 30/04/2026): quá hạn');
  });
});
