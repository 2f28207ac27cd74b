import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@mandate/domain';
import { fetchCall, jsonResponse } from '../../../../test/fetch-call';
import { fakeSession, renderElement, sessionUser } from '../../../../test/render';
import type { PlanReminderRules } from '../api/reminder-rules.api';
import { ReminderRulesSection } from '../ReminderRulesSection';

const stored: PlanReminderRules = {
  offsetsDays: [7, 3, 1, 0],
  hourOfDay: '08:00',
  overdueDaily: true,
  escalateToUbndFromDay: 3,
  monthlyReportDay: 15,
  isDefault: true,
};

const RULES_URL = '/api/plans/p1/reminder-rules';

describe(ReminderRulesSection.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  let putAnswer: (body: unknown) => Response;

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    putAnswer = (body) => jsonResponse(200, { ...(body as object), isDefault: false });
    fetchMock.mockImplementation(async (url, init) => {
      if (url === RULES_URL && init.method === 'PUT') return putAnswer(JSON.parse(String(init.body)));
      if (url === RULES_URL) return jsonResponse(200, stored);
      return jsonResponse(404, { code: 'NOT_FOUND', message: url });
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  const renderSection = (role: Role, canEdit: boolean) =>
    renderElement(<ReminderRulesSection planId="p1" canEdit={canEdit} />, { session: fakeSession(sessionUser(role)) });
  const puts = () => fetchMock.mock.calls.filter(([url, init]) => url === RULES_URL && init.method === 'PUT');

  it('shows the rules read-only to a user who may not edit them', async () => {
    renderSection('hdnd', false);

    const summary = await screen.findByRole('table', { name: 'Quy tắc nhắc hạn của kế hoạch' });
    expect(within(summary).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'Nhắc trước hạn (ngày)7, 3, 1, 0 ngày trước hạn',
      'Giờ gửi nhắc (HH:mm)08:00',
      'Nhắc hằng ngày khi quá hạnHằng ngày',
      'Báo UBND từ ngày quá hạn thứTừ ngày quá hạn thứ 3',
      'Ngày nhắc báo cáo hằng thángNgày 15 hằng tháng',
    ]);
    expect(screen.getByText('Mặc định')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa quy tắc nhắc hạn' })).not.toBeInTheDocument();
  });

  it('refuses a wrong value in the browser, then saves the edited rules with PUT', async () => {
    const user = userEvent.setup();
    renderSection('ubnd', true);

    await user.click(await screen.findByRole('button', { name: 'Sửa quy tắc nhắc hạn' }));
    const form = screen.getByRole('form', { name: 'Sửa quy tắc nhắc hạn' });
    const hour = within(form).getByLabelText('Giờ gửi nhắc (HH:mm)');
    await user.clear(hour);
    await user.type(hour, '8h');
    const escalate = within(form).getByLabelText('Báo UBND từ ngày quá hạn thứ');
    await user.clear(escalate);
    await user.type(escalate, '0');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await within(form).findByText('Nhập giờ theo dạng HH:mm, ví dụ 08:00.')).toBeInTheDocument();
    expect(within(form).getByText('Nhập số ngày nguyên từ 1 đến 366.')).toBeInTheDocument();
    expect(hour).toHaveAttribute('aria-invalid', 'true');
    expect(puts()).toHaveLength(0);

    await user.clear(hour);
    await user.type(hour, '06:30');
    await user.clear(escalate);
    await user.type(escalate, '5');
    await user.type(within(form).getByRole('combobox', { name: 'Nhắc trước hạn (ngày)' }), '14{enter}');
    await user.click(within(form).getByRole('switch', { name: 'Nhắc hằng ngày khi quá hạn' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(JSON.parse(String(fetchCall(fetchMock, ([url, init]) => url === RULES_URL && init.method === 'PUT')[1].body))).toEqual({
      offsetsDays: [7, 3, 1, 0, 14],
      hourOfDay: '06:30',
      overdueDaily: false,
      escalateToUbndFromDay: 5,
      monthlyReportDay: 15,
        });
    // The form closes and the rules are read again.
    expect(await screen.findByRole('table', { name: 'Quy tắc nhắc hạn của kế hoạch' })).toBeInTheDocument();
    await waitFor(() => expect(fetchMock.mock.calls.filter(([url, init]) => url === RULES_URL && init.method === 'GET')).toHaveLength(2));
  });

  it("shows the API's field problems on their fields and keeps the form open", async () => {
    putAnswer = () =>
      jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The reminder rules are not valid',
        details: [
          { field: 'monthlyReportDay', message: 'monthlyReportDay must be a day of the month from 1 to 31' },
          { field: 'hourOfDay', message: 'hourOfDay must be a time written HH:mm' },
        ],
      });
    const user = userEvent.setup();
    renderSection('ubnd', true);

    await user.click(await screen.findByRole('button', { name: 'Sửa quy tắc nhắc hạn' }));
    const form = screen.getByRole('form', { name: 'Sửa quy tắc nhắc hạn' });
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await within(form).findByText('Nhập ngày trong tháng từ 1 đến 31.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Ngày nhắc báo cáo hằng tháng')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Giờ gửi nhắc (HH:mm)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Báo UBND từ ngày quá hạn thứ')).not.toHaveAttribute('aria-invalid', 'true');
    expect(puts()).toHaveLength(1);
  });
});
