import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../../lib/api-client';
import { fakeSession, renderElement, renderRoutes, sessionUser } from '../../../test/render';
import { WorkPackagePage } from '../../work-packages/components/WorkPackagePage';
import { QueryErrorPage } from '../QueryErrorPage';
import { jsonResponse } from '../../../test/fetch-call';

describe(QueryErrorPage.name, () => {
  it.each([
    [new ApiError(404, 'NOT_FOUND', 'Work package not found'), 'Không tìm thấy', 'Không tìm thấy dữ liệu yêu cầu. Có thể nó đã bị xóa.'],
    [new ApiError(403, 'FORBIDDEN', 'Only the lead department may do this'), 'Không có quyền truy cập', 'Bạn không có quyền thực hiện thao tác này.'],
    [new ApiError(400, 'VALIDATION_FAILED', 'id: must be a UUID', [{ field: 'id', message: 'must be a UUID', rule: 'isUuid' }]), 'Không tải được dữ liệu', 'Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu. «Mã bản ghi» không phải mã hợp lệ.'],
    [new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch'), 'Mất kết nối tới máy chủ', 'Không kết nối được tới máy chủ. Kiểm tra mạng rồi thử lại.'],
  ])('%#: says the error code in words, never the API\'s English, with a way back', (error, title, sentence) => {
    renderElement(<QueryErrorPage error={error} back={{ to: '/board', label: 'Quay lại bảng công việc' }} />, { session: fakeSession(sessionUser('ubnd')) });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.getByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText(/not found|Only the lead|must be|Failed to fetch/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quay lại bảng công việc' })).toHaveAttribute('href', '/board');
  });

  it('offers a retry where trying again can help, and not for a missing record', async () => {
    const retry = jest.fn();
    const { unmount } = renderElement(<QueryErrorPage error={new ApiError(0, 'NETWORK_ERROR', 'x')} onRetry={retry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    unmount();
    renderElement(<QueryErrorPage error={new ApiError(404, 'NOT_FOUND', 'x')} onRetry={retry} />);
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
  });

  it('is what the package page shows when its package does not exist', async () => {
    global.fetch = jest.fn(async () => jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Work package 7d0e… not found' })) as unknown as typeof fetch;
    renderRoutes([{ path: '/work-packages/:id', element: <WorkPackagePage /> }], { path: '/work-packages/7d0e8a8e-0000-4000-8000-000000000000', session: fakeSession(sessionUser('ubnd')) });
    expect(await screen.findByText('Không tìm thấy dữ liệu yêu cầu. Có thể nó đã bị xóa.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về bảng nhiệm vụ' })).toHaveAttribute('href', '/board');
  });
});
