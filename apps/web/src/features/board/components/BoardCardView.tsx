import { ActionIcon, Anchor, Group, Menu, Paper, Progress, Stack, Text } from '@mantine/core';
import type { WorkPackageStatus } from '@mandate/domain';
import { IconArrowsExchange, IconGripVertical } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';
import { useDomainLabels } from '../../work-packages/labels';
import type { BoardCard } from '@mandate/domain';
import { CARD_DRAG_TYPE } from '../board-moves';

interface BoardCardViewProps {
  card: BoardCard;
  departmentName: string;
  today: string;
  /** The statuses this user may move the card to; empty: no handle, no menu. */
  moves: WorkPackageStatus[];
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
}

export function BoardCardView({ card, departmentName, today, moves, onMove, onDragStart, onDragEnd }: BoardCardViewProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const movable = moves.length > 0;

  const startDrag = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer?.setData(CARD_DRAG_TYPE, card.id);
    event.dataTransfer?.setData('text/plain', card.title);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    onDragStart(card);
  };

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      draggable={movable}
      onDragStart={movable ? startDrag : undefined}
      onDragEnd={movable ? onDragEnd : undefined}
      data-testid="board-card"
      data-card-id={card.id}
      aria-label={card.title}
      style={{ cursor: movable ? 'grab' : 'default' }}
    >
      <Stack gap={6}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {movable && (
            <IconGripVertical size={16} aria-hidden data-testid="drag-handle" style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }} />
          )}
          <Anchor component={Link} to={`/work-packages/${card.id}`} size="sm" fw={500} style={{ flex: 1, wordBreak: 'break-word' }} draggable={false}>
            {card.title}
          </Anchor>
          {movable && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" size="sm" aria-label={t('board.moveMenu', { title: card.title })}>
                  <IconArrowsExchange size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('board.moveTo')}</Menu.Label>
                {moves.map((to) => (
                  <Menu.Item key={to} onClick={() => onMove(card, to)}>
                    {labels.status(to)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {departmentName}
        </Text>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="xs">{card.dueDate ? formatDate(card.dueDate) : t('workPackages.noDueDate')}</Text>
          <CategoryBadge status={card.status} dueDate={card.dueDate} category={card.category} today={today} />
        </Group>
        <Progress value={card.progress} size="sm" aria-label={t('workPackages.progressValue', { value: card.progress })} />
      </Stack>
    </Paper>
  );
}
