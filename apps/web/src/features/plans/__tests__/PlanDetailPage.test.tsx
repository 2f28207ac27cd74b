import { screen } from '@testing-library/react';
import type { PlanDetail, Role } from '@mandate/domain';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { PlanDetailPage } from '../components/PlanDetailPage';
import { jsonResponse } from '../../../test/fetch-call';

const plan: PlanDetail = {
  id: 'p1',
  number: '318/NQ-HĐND',
  title: 'Về kế hoạch phát triển kinh tế - xã hội năm 2026',
  planYear: 2026,
  archived: false,
  isCurrent: true,
  completionEvidenceRequired: true,
  kind: 'nghi-quyet',
  issuer: 'Hội đồng nhân dân tỉnh Quảng Ninh',
  issuedOn: '2025-12-16',
  version: 1,
  warnings: [],
  warningDetails: [],
  indicators: [{ code: '5', group: 'environment', name: 'Tỷ lệ che phủ rừng', text: '', targets: [{ comparator: 'between', value: 12.5, max: 13, unit: '%', label: null }] }],
  items: [{ ref: '3.1', title: 'Kinh tế', paragraphs: [], assignment: null, packageCount: 0, children: [{ ref: '3.1.d', title: 'Đầu tư công', paragraphs: ['a'], assignment: null, packageCount: 4, children: [] }] }],
  deadlines: [],
};

const renderPage = (role: Role) =>
  renderRoutes([{ path: '/plans/:id', element: <PlanDetailPage /> }], { path: '/plans/p1', session: fakeSession(sessionUser(role)) });

describe(PlanDetailPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    global.fetch = jest.fn(async () => jsonResponse(200, plan)) as unknown as typeof fetch;
  });

  it('shows the plan with its indicators, item tree and package counts, and the break-down button to the UBND', async () => {
    renderPage('ubnd');
    expect(await screen.findByRole('heading', { name: plan.title })).toBeInTheDocument();
    expect(screen.getByText('12,5 – 13%')).toBeInTheDocument();
    expect(screen.getByText('Môi trường (1)')).toBeInTheDocument();
    expect(screen.getByText('16/12/2025')).toBeInTheDocument();
    expect(screen.getByText('4 nhiệm vụ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phân công nhiệm vụ' })).toHaveAttribute('href', '/plans/p1/breakdown');
  });

  it.each<Role>(['department', 'hdnd'])('hides the break-down button from a %s user', async (role) => {
    renderPage(role);
    expect(await screen.findByRole('heading', { name: plan.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Phân công nhiệm vụ' })).not.toBeInTheDocument();
  });
});
