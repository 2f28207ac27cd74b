import { ActionIcon, Anchor, Group, Menu, Paper, Progress, Stack, Text } from '@mantine/core';
import { type Actor, daysBetween, isOpenStatus, type WorkPackageStatus } from '@mandate/domain';
import { IconArrowsExchange, IconGripVertical } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type DragEvent, memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';
import { useDomainLabels } from '../../work-packages/labels';
import type { BoardCard } from '@mandate/domain';
import { acceptingColumns, CARD_DRAG_TYPE } from '../board-moves';

/**
 * Every card has the same height (px) in its mode, whatever its text: a virtualised column then places cards by
 * arithmetic and never measures them, so no resize can feed back into layout.
 */
export const CARD_HEIGHT = { normal: 132, compact: 58 } as const;

/** "Còn 5 ngày", "Đến hạn hôm nay", "Quá hạn 3 ngày". */
export const daysLeftLabel = (t: TFunction, left: number): string =>
  left > 0 ? t('board.daysLeft', { count: left }) : left === 0 ? t('board.dueToday') : t('board.daysOverdue', { count: -left });

interface BoardCardViewProps {
  card: BoardCard;
  departmentName: string;
  today: string;
  /** Whose board it is: the card offers a handle and a menu only for the moves this actor may make. */
  actor: Actor;
  /** Two lines and no badge or progress bar: less than half the height. */
  compact: boolean;
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
}

/** Memoised: a column re-renders as it scrolls, the cards already drawn do not. */
export const BoardCardView = memo(function BoardCardView({ card, departmentName, today, actor, compact, onMove, onDragStart, onDragEnd }: BoardCardViewProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const moves = useMemo(() => acceptingColumns(actor, card), [actor, card]);
  const movable = moves.length > 0;
  // The move menu (a popover with its positioning hooks) is built on first use: a scrolled column mounts cards cheaply.
  const [menuUsed, setMenuUsed] = useState(false);
  // Days left only while the package is open; done and cancelled cards show their due date.
  const left = card.dueDate && isOpenStatus(card.status) ? daysBetween(today, card.dueDate) : null;
  // Days left first: where a narrow column cuts the line, it cuts the date (also in the tooltip), not the count.
  const due = !card.dueDate ? t('workPackages.noDueDate') : left === null ? formatDate(card.dueDate) : compact ? daysLeftLabel(t, left) : `${daysLeftLabel(t, left)} · ${formatDate(card.dueDate)}`;
  const where = [card.itemRef ? t('board.itemRef', { ref: card.itemRef }) : null, departmentName || null].filter(Boolean).join(' · ');

  const startDrag = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer?.setData(CARD_DRAG_TYPE, card.id);
    event.dataTransfer?.setData('text/plain', card.title);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    onDragStart(card);
  };

  const dueText = (
    <Text size="xs" data-testid="days-left" c={left !== null && left < 0 ? 'red' : undefined} truncate title={card.dueDate ? formatDate(card.dueDate) : undefined} style={{ flexShrink: 0, maxWidth: '100%' }}>
      {due}
    </Text>
  );

  return (
    <Paper
      withBorder
      p={compact ? 6 : 8}
      radius="sm"
      draggable={movable}
      onDragStart={movable ? startDrag : undefined}
      onDragEnd={movable ? onDragEnd : undefined}
      data-testid="board-card"
      data-card-id={card.id}
      aria-label={card.title}
      style={{ cursor: movable ? 'grab' : 'default', height: compact ? CARD_HEIGHT.compact : CARD_HEIGHT.normal, overflow: 'hidden' }}
    >
      <Stack gap={compact ? 2 : 4}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {movable && (
            <IconGripVertical size={16} aria-hidden data-testid="drag-handle" style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }} />
          )}
          <Anchor
            component={Link}
            to={`/work-packages/${card.id}`}
            size="sm"
            fw={500}
            lineClamp={compact ? 1 : 2}
            title={card.title}
            style={{ flex: 1, minWidth: 0, wordBreak: 'break-word' }}
            draggable={false}
          >
            {card.title}
          </Anchor>
          {movable && !menuUsed && (
            <ActionIcon variant="subtle" size="sm" aria-label={t('board.moveMenu', { title: card.title })} aria-haspopup="menu" onClick={() => setMenuUsed(true)}>
              <IconArrowsExchange size={16} />
            </ActionIcon>
          )}
          {movable && menuUsed && (
            <Menu position="bottom-end" withinPortal defaultOpened>
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
        {compact ? (
          <Group gap={6} wrap="nowrap">
            {dueText}
            <Text size="xs" c="dimmed" truncate title={where} style={{ minWidth: 0 }}>
              {where}
            </Text>
          </Group>
        ) : (
          <>
            <Text size="xs" c="dimmed" truncate title={where}>
              {where}
            </Text>
            {dueText}
            <Group gap={0} wrap="nowrap" style={{ overflow: 'hidden' }}>
              <CategoryBadge status={card.status} dueDate={card.dueDate} category={card.category} today={today} />
            </Group>
            <Progress value={card.progress} size="sm" aria-label={t('workPackages.progressValue', { value: card.progress })} />
          </>
        )}
      </Stack>
    </Paper>
  );
});
