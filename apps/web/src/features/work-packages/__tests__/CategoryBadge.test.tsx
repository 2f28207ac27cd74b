import { screen } from '@testing-library/react';
import type { DeadlineCategory, WorkPackageStatus } from '@mandate/domain';
import { renderElement } from '../../../test/render';
import { badgeTone, CategoryBadge } from '../components/CategoryBadge';

const TODAY = '2026-12-28';

describe(CategoryBadge.name, () => {
  it.each<[WorkPackageStatus, string | null, DeadlineCategory, string, string]>([
    ['in_progress', '2026-12-01', 'open_overdue', 'Chưa hoàn thành, quá hạn', 'overdue'],
    ['not_started', '2026-12-01', 'open_overdue', 'Chưa hoàn thành, quá hạn', 'overdue'],
    ['in_progress', '2026-12-31', 'open_on_time', 'Đang thực hiện trong hạn', 'dueSoon'],
    ['in_progress', '2027-03-31', 'open_on_time', 'Đang thực hiện trong hạn', 'open'],
    ['done', '2026-12-31', 'done_on_time', 'Hoàn thành đúng hạn', 'done'],
    ['done', '2026-12-01', 'done_late', 'Hoàn thành quá hạn', 'done'],
    ['not_started', '2027-06-30', 'not_started', 'Chưa thực hiện', 'idle'],
    ['in_progress', null, 'no_deadline', 'Không thời hạn', 'idle'],
    ['cancelled', '2026-12-31', 'cancelled', 'Đã hủy', 'cancelled'],
  ])('%s due %s (%s) reads "%s" in tone %s', (status, dueDate, category, label, tone) => {
    const view = renderElement(<CategoryBadge status={status} dueDate={dueDate} category={category} today={TODAY} />);
    const badge = screen.getByText(label).closest('[data-tone]');
    expect(badge).toHaveAttribute('data-tone', tone);
    view.unmount();
  });

  it('says how many days are left when due soon', () => {
    renderElement(<CategoryBadge status="in_progress" dueDate="2026-12-31" category="open_on_time" today={TODAY} />);
    expect(screen.getByText('Đang thực hiện trong hạn').closest('[data-tone]')).toHaveAttribute('title', 'Sắp đến hạn: còn 3 ngày');
  });

  it('keeps red for overdue even though the deadline was within three days', () => {
    expect(badgeTone({ status: 'blocked', dueDate: '2026-12-27', category: 'open_overdue' }, TODAY)).toBe('overdue');
  });
});
