import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface HomeBlockProps<T> {
  title: string;
  count: number;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Said when the list is empty. */
  empty: string;
  /** Where "see all" goes, and what the link says given the full count. */
  more: { to: string; label: string };
  color?: string;
  /** Beside the count (the number overdue). */
  badges?: ReactNode;
  testId: string;
}

/** A titled list with its full count and a link to the whole list: the frame of every home block. */
export function HomeBlock<T>({ title, count, items, itemKey, renderItem, empty, more, color = 'blue', badges, testId }: HomeBlockProps<T>) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Title order={2} size="h5">
          {title}
        </Title>
        {/* The counts keep their width; the title wraps instead (390 px screens). */}
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          {badges}
          <Badge color={count > 0 ? color : 'gray'} size="lg" variant="light" data-testid={`${testId}-count`}>
            {count}
          </Badge>
        </Group>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <div key={itemKey(item)}>{renderItem(item)}</div>
          ))}
        </Stack>
      )}
      {count > 0 && (
        <Anchor component={Link} to={more.to} size="sm" mt="sm">
          {more.label}
        </Anchor>
      )}
    </Card>
  );
}
