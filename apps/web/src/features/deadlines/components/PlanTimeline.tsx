import { Anchor, Box, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBarToRight } from '@tabler/icons-react';
import { type CalendarDate, compareDates, todayIn, type WorkPackage } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { badgeTone } from '../../work-packages/components/CategoryBadge';
import { barPosition, timelineScale } from '../deadline-views';

const TONE_BAR: Record<string, string> = { overdue: 'red', dueSoon: 'orange', done: 'green', open: 'blue', idle: 'gray', cancelled: 'dark' };

const startOf = (pkg: WorkPackage): CalendarDate => pkg.startDate ?? todayIn(new Date(pkg.createdAt));

/** One bar per package from its start (or creation) to its due date, grouped by the plan item it came from. */
export function PlanTimeline({ packages, today, itemTitle }: { packages: readonly WorkPackage[]; today: string; itemTitle: (ref: string) => string }) {
  const { t } = useTranslation();
  const dated = packages.filter((pkg) => pkg.dueDate !== null);
  if (dated.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('deadlines.empty')}
      </Text>
    );
  }
  const { from, to, offScale } = timelineScale(
    dated.map((pkg) => ({ start: startOf(pkg), due: pkg.dueDate as string })),
    today,
  );
  const groups = new Map<string, WorkPackage[]>();
  for (const pkg of dated) groups.set(pkg.itemRef ?? '', [...(groups.get(pkg.itemRef ?? '') ?? []), pkg]);
  const todayMark = barPosition(today, today, from, to).left;

  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        {t('deadlines.timeline.range', { from: formatDate(from), to: formatDate(to) })}
        {offScale.length > 0 && ` · ${t('deadlines.timeline.offScale', { count: offScale.length, latest: formatDate(offScale[offScale.length - 1]) })}`}
      </Text>
      {[...groups.entries()].map(([ref, items]) => (
        <section key={ref || 'none'} aria-label={ref ? `${ref}. ${itemTitle(ref)}` : t('deadlines.timeline.noItem')}>
          <Title order={3} size="h6" mb={4}>
            {ref ? `${ref}. ${itemTitle(ref)}` : t('deadlines.timeline.noItem')}
          </Title>
          <Stack gap={4}>
            {items.map((pkg) => {
              const bar = barPosition(startOf(pkg), pkg.dueDate as string, from, to);
              const tone = badgeTone(pkg, today);
              const beyond = compareDates(pkg.dueDate as string, to) > 0;
              return (
                <Group key={pkg.id} gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/work-packages/${pkg.id}`} size="xs" w={{ base: 110, sm: 280 }} lineClamp={1} title={pkg.title} style={{ flexShrink: 0 }}>
                    {pkg.title}
                  </Anchor>
                  <Box pos="relative" h={14} miw={60} style={{ flex: 1, background: 'var(--mantine-color-default-hover)', borderRadius: 4 }}>
                    <Tooltip label={`${formatDate(startOf(pkg))} – ${formatDate(pkg.dueDate)}`}>
                      <Box
                        pos="absolute"
                        top={2}
                        h={10}
                        data-testid="timeline-bar"
                        aria-label={`${pkg.title}: ${formatDate(startOf(pkg))} – ${formatDate(pkg.dueDate)}`}
                        style={{ left: `${bar.left}%`, width: `${bar.width}%`, borderRadius: 3, background: `var(--mantine-color-${TONE_BAR[tone]}-filled)` }}
                      />
                    </Tooltip>
                    <Box pos="absolute" top={0} h={14} w={2} title={t('deadlines.timeline.today')} style={{ left: `${todayMark}%`, background: 'var(--mantine-color-red-6)' }} />
                    {beyond && (
                      <Box pos="absolute" top={-1} right={-2} lh={0} c="red.7" data-testid="timeline-off-scale" aria-label={t('deadlines.timeline.beyond', { date: formatDate(pkg.dueDate) })}>
                        <IconArrowBarToRight size={16} stroke={2.5} />
                      </Box>
                    )}
                  </Box>
                  <Text size="xs" w={76} fw={beyond ? 700 : undefined} style={{ flexShrink: 0 }}>
                    {formatDate(pkg.dueDate)}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
