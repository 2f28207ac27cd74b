import { Badge, type MantineColor } from '@mantine/core';
import { daysBetween, type DeadlineCategory, dueSoon, type WorkPackageStatus } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../labels';

export type BadgeTone = 'overdue' | 'dueSoon' | 'done' | 'open' | 'idle' | 'cancelled';

/** Red for overdue, orange when due within the horizon, green when done; the category itself is computed by the API. */
export const badgeTone = (pkg: { status: WorkPackageStatus; dueDate: string | null; category: DeadlineCategory }, today: string): BadgeTone => {
  if (pkg.category === 'open_overdue') return 'overdue';
  if (pkg.category === 'done_on_time' || pkg.category === 'done_late') return 'done';
  if (pkg.category === 'cancelled') return 'cancelled';
  if (dueSoon({ status: pkg.status, dueDate: pkg.dueDate, completedOn: null }, today)) return 'dueSoon';
  return pkg.category === 'open_on_time' ? 'open' : 'idle';
};

const TONE_COLORS: Record<BadgeTone, MantineColor> = {
  overdue: 'red',
  dueSoon: 'orange',
  done: 'green',
  open: 'blue',
  idle: 'gray',
  cancelled: 'dark',
};

interface CategoryBadgeProps {
  status: WorkPackageStatus;
  dueDate: string | null;
  category: DeadlineCategory;
  today: string;
}

export function CategoryBadge({ status, dueDate, category, today }: CategoryBadgeProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const tone = badgeTone({ status, dueDate, category }, today);
  const title = tone === 'dueSoon' && dueDate ? t('workPackages.dueSoonDays', { days: daysBetween(today, dueDate) }) : undefined;
  return (
    <Badge color={TONE_COLORS[tone]} variant={tone === 'done' && category === 'done_late' ? 'outline' : 'light'} data-tone={tone} title={title} style={{ textTransform: 'none' }}>
      {labels.category(category)}
    </Badge>
  );
}
