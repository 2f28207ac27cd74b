import { ActionIcon, Anchor, Group, Menu, Paper, Progress, Stack, Text } from '@mantine/core';
import { daysBetween, isOpenStatus, type WorkPackageStatus } from '@mandate/domain';
import { IconArrowsExchange, IconGripVertical } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';
import { useDomainLabels } from '../../work-packages/labels';
import type { BoardCard } from '@mandate/domain';
import { CARD_DRAG_TYPE } from '../board-moves';

/** "Còn 5 ngày", "Đến hạn hôm nay", "Quá hạn 3 ngày". */
export const daysLeftLabel = (t: TFunction, left: number): string =>
  left > 0 ? t('board.daysLeft', { count: left }) : left === 0 ? t('board.dueToday') : t('board.daysOverdue', { count: -left });

interface BoardCardViewProps {
  card: BoardCard;
  departmentName: string;
  today: string;
  /** The statuses this user may move the card to; empty: no handle, no menu. */
  moves: WorkPackageStatus[];
  /** One line per fact and no progress bar: about half the height. */
  compact?: boolean;
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
}

export function BoardCardView({ card, departmentName, today, moves, compact = false, onMove, onDragStart, onDragEnd }: BoardCardViewProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const movable = moves.length > 0;
  // Days left only while the package is open; done and cancelled cards show their due date.
  const left = card.dueDate && isOpenStatus(card.status) ? daysBetween(today, card.dueDate) : null;

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
      <Stack gap={compact ? 2 : 6}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {movable && (
            <IconGripVertical size={16} aria-hidden data-testid="drag-handle" style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }} />
          )}
          <Anchor
            component={Link}
            to={`/work-packages/${card.id}`}
            size="sm"
            fw={500}
            lineClamp={compact ? 1 : 3}
            title={card.title}
            style={{ flex: 1, wordBreak: 'break-word' }}
            draggable={false}
          >
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
        <Text size="xs" c="dimmed" lineClamp={1} title={departmentName}>
          {card.itemRef ? `${t('board.itemRef', { ref: card.itemRef })} · ` : ''}
          {departmentName}
        </Text>
        <Group gap={4} justify="space-between" wrap="wrap">
          <Text size="xs" data-testid="days-left" c={left !== null && left < 0 ? 'red' : undefined}>
            {!card.dueDate ? t('workPackages.noDueDate') : left === null ? formatDate(card.dueDate) : compact ? daysLeftLabel(t, left) : `${formatDate(card.dueDate)} · ${daysLeftLabel(t, left)}`}
          </Text>
          {!compact && <CategoryBadge status={card.status} dueDate={card.dueDate} category={card.category} today={today} />}
        </Group>
        {!compact && <Progress value={card.progress} size="sm" aria-label={t('workPackages.progressValue', { value: card.progress })} />}
      </Stack>
    </Paper>
  );
}
