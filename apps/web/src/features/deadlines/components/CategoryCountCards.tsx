import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { DEADLINE_CATEGORIES, type DeadlineCategory } from '@mandate/domain';
import { Link } from 'react-router';
import { useDomainLabels } from '../../work-packages/labels';

export const CATEGORY_COLORS: Record<DeadlineCategory, string> = {
  done_on_time: 'green',
  done_late: 'teal',
  open_on_time: 'blue',
  open_overdue: 'red',
  not_started: 'gray',
  no_deadline: 'gray',
  cancelled: 'dark',
};

/** One card per reporting category, every category shown (zero included); `linkTo` makes each count open its packages. */
export function CategoryCountCards({ counts, linkTo }: { counts: Partial<Record<DeadlineCategory, number>>; linkTo?: (category: DeadlineCategory) => string }) {
  const labels = useDomainLabels();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} mb="lg">
      {DEADLINE_CATEGORIES.map((c) => (
        <Card key={c} withBorder padding="sm" aria-label={labels.category(c)} data-testid={`category-${c}`} style={{ borderTop: `3px solid var(--mantine-color-${CATEGORY_COLORS[c]}-filled)` }}>
          <Text size="xs" c="dimmed">
            {labels.category(c)}
          </Text>
          {linkTo ? (
            <Anchor component={Link} to={linkTo(c)} fw={700} size="xl" c={CATEGORY_COLORS[c]}>
              {counts[c] ?? 0}
            </Anchor>
          ) : (
            <Text fw={700} size="xl" c={CATEGORY_COLORS[c]}>
              {counts[c] ?? 0}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}
