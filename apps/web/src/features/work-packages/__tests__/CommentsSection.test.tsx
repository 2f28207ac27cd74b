import { screen } from '@testing-library/react';
import type { ItemList, WorkPackageComment } from '@mandate/domain';
import { renderElement } from '../../../test/render';
import { CommentsSection } from '../components/CommentsSection';
import { jsonResponse } from '../../../test/fetch-call';

const comment = (over: Partial<WorkPackageComment>): WorkPackageComment => ({
  id: 'k1',
  workPackageId: 'wp-1',
  authorId: 'user-other',
  authorName: 'Cán bộ Sở Du lịch',
  body: 'Đã gửi số liệu',
  createdAt: '2026-06-01T02:00:00.000Z',
  ...over,
});

describe(CommentsSection.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it("names each comment's author as the API sends it, and the reader's own as theirs", async () => {
    // Regression: the API sent no author name, so every other person's comment read "Cán bộ".
    const list: ItemList<WorkPackageComment> = { items: [comment({}), comment({ id: 'k2', authorId: 'me', authorName: 'Nguyễn Văn A', body: 'Đã nhận' })] };
    fetchMock.mockImplementation(async () => jsonResponse(200, list));
    renderElement(<CommentsSection id="wp-1" canComment={false} currentUserId="me" />);
    expect(await screen.findByText(/Cán bộ Sở Du lịch ·/)).toBeInTheDocument();
    expect(screen.queryByText(/Nguyễn Văn A/)).not.toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/work-packages/wp-1/comments');
  });
});
