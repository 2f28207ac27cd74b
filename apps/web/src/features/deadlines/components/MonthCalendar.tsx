import { ActionIcon, Anchor, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { isOpenStatus, type WorkPackage } from '@mandate/domain';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDate } from '../../../lib/format';
import { workPackageQueries } from '../../work-packages/api/work-package.queries';
import { monthGrid, monthRange, shiftMonth } from '../deadline-views';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const PER_DAY = 3;

/** A month of days with the packages due on each; overdue ones in red. */
export function MonthCalendar({ planId, today }: { planId: string; today: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState(() => ({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }));
  const range = monthRange(view.year, view.month);
  const packages = useQuery(workPackageQueries.list({ planId, dueFrom: range.from, dueTo: range.to }));
  const byDay = new Map<string, WorkPackage[]>();
  for (const pkg of packages.data ?? []) if (pkg.dueDate) byDay.set(pkg.dueDate, [...(byDay.get(pkg.dueDate) ?? []), pkg]);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <ActionIcon variant="default" aria-label={t('deadlines.calendar.previous')} onClick={() => setView(shiftMonth(view.year, view.month, -1))}>
          <IconChevronLeft size={16} />
        </ActionIcon>
        <Text fw={600} aria-live="polite">
          {t('deadlines.calendar.month', { month: String(view.month).padStart(2, '0'), year: view.year })}
        </Text>
        <ActionIcon variant="default" aria-label={t('deadlines.calendar.next')} onClick={() => setView(shiftMonth(view.year, view.month, 1))}>
          <IconChevronRight size={16} />
        </ActionIcon>
      </Group>
      {packages.isError && <QueryErrorAlert error={packages.error} onRetry={() => void packages.refetch()} />}
      <SimpleGrid cols={7} spacing={4} role="grid" aria-label={t('deadlines.tabs.calendar')}>
        {WEEKDAYS.map((d) => (
          <Text key={d} size="xs" fw={600} ta="center" role="columnheader">
            {t(`deadlines.weekdays.${d}`)}
          </Text>
        ))}
        {monthGrid(view.year, view.month)
          .flat()
          .map((day, i) =>
            day === null ? (
              <Box key={`pad-${i}`} />
            ) : (
              <Paper
                key={day}
                withBorder
                p={4}
                mih={84}
                role="gridcell"
                aria-label={formatDate(day)}
                bg={day === today ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Text size="xs" fw={day === today ? 700 : 400} c="dimmed">
                  {Number(day.slice(8))}
                </Text>
                <Stack gap={2}>
                  {(byDay.get(day) ?? []).slice(0, PER_DAY).map((pkg) => (
                    <Anchor
                      key={pkg.id}
                      component={Link}
                      to={`/work-packages/${pkg.id}`}
                      size="xs"
                      lineClamp={2}
                      c={pkg.category === 'open_overdue' ? 'red' : isOpenStatus(pkg.status) ? undefined : 'dimmed'}
                      title={`${pkg.title} — ${formatDate(pkg.dueDate)}`}
                    >
                      {pkg.title}
                    </Anchor>
                  ))}
                  {(byDay.get(day)?.length ?? 0) > PER_DAY && (
                    <Text size="xs" c="dimmed">
                      {t('deadlines.calendar.more', { n: (byDay.get(day)?.length ?? 0) - PER_DAY })}
                    </Text>
                  )}
                </Stack>
              </Paper>
            ),
          )}
      </SimpleGrid>
    </Stack>
  );
}
