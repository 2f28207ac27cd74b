import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParsedAssignment } from '@mandate/domain';
import type { ItemTreeNode } from '../plan-tree';

interface ItemTreeProps {
  items: ItemTreeNode[];
  /** What each item's badge counts: its paragraphs (import preview) or its packages (plan page). */
  count: 'paragraphs' | 'packages';
}

/** The tasks-and-solutions tree as nested lists; leaves carry data-testid="item-leaf". */
export function ItemTree({ items, count }: ItemTreeProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('plans.items.empty')}
      </Text>
    );
  }
  return <ItemList items={items} count={count} level={0} />;
}

function ItemList({ items, count, level }: ItemTreeProps & { level: number }) {
  return (
    <Box component="ul" m={0} pl={level === 0 ? 0 : 'lg'} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <ItemNode key={item.ref} item={item} count={count} level={level} />
      ))}
    </Box>
  );
}

function ItemNode({ item, count, level }: { item: ItemTreeNode; count: ItemTreeProps['count']; level: number }) {
  const { t } = useTranslation();
  const leaf = item.children.length === 0;
  const n = count === 'paragraphs' ? item.paragraphs.length : (item.packageCount ?? 0);
  return (
    <Box component="li" py={4} data-testid={leaf ? 'item-leaf' : 'item-branch'} data-ref={item.ref}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={700} size="sm" miw={56} ff="monospace">
          {item.ref}
        </Text>
        <Text size="sm" fw={level === 0 ? 600 : undefined} style={{ flex: 1 }}>
          {item.title}
        </Text>
        <Badge variant="light" color={count === 'packages' && n === 0 ? 'gray' : 'blue'} style={{ flexShrink: 0 }}>
          {count === 'paragraphs' ? t('plans.items.paragraphs', { n }) : t('plans.items.packages', { n })}
        </Badge>
      </Group>
      {item.assignment && <AssignmentLine assignment={item.assignment} />}
      {!leaf && <ItemList items={item.children} count={count} level={level + 1} />}
    </Box>
  );
}

/** Who the document itself gives the item to, as written. */
function AssignmentLine({ assignment }: { assignment: ParsedAssignment }) {
  const { t } = useTranslation();
  const parts = [
    assignment.lead.length > 0 ? t('plans.items.assignment.lead', { names: assignment.lead.join('; ') }) : null,
    assignment.cooperating.length > 0 ? t('plans.items.assignment.cooperating', { names: assignment.cooperating.join('; ') }) : null,
    assignment.dueText ? t('plans.items.assignment.due', { text: assignment.dueText }) : null,
    assignment.product ? t('plans.items.assignment.product', { text: assignment.product }) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return (
    <Text component="div" size="xs" c="dimmed" pl={64} data-testid="item-assignment">
      <Badge size="xs" variant="light" color="teal" mr={6}>
        {t('plans.breakdown.leadSource.document')}
      </Badge>
      {parts.join(' · ')}
    </Text>
  );
}
