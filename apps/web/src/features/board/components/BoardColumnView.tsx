import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { BoardCard, WorkPackageStatus } from '@mandate/domain';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_DRAG_TYPE } from '../board-moves';
import { BoardCardView } from './BoardCardView';

/** Without a virtualiser installed, a column renders this many cards and a "show more" button. */
export const CARDS_PER_PAGE = 30;

export type DropState = 'idle' | 'accept' | 'disabled';

interface BoardColumnViewProps {
  columnKey: string;
  title: string;
  count: number;
  cards: BoardCard[];
  dropState: DropState;
  departmentName: (id: string) => string;
  today: string;
  movesOf: (card: BoardCard) => WorkPackageStatus[];
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
  onDrop: (columnKey: string) => void;
  /** Asks the API for more cards per column when this column holds more than it sent. */
  onLoadMore?: () => void;
}

export function BoardColumnView({ columnKey, title, count, cards, dropState, departmentName, today, movesOf, onMove, onDragStart, onDragEnd, onDrop, onLoadMore }: BoardColumnViewProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(CARDS_PER_PAGE);
  const [over, setOver] = useState(false);

  const allowDrop = (event: DragEvent<HTMLDivElement>) => {
    if (dropState !== 'accept') return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    setOver(false);
    if (dropState !== 'accept') return;
    event.preventDefault();
    if (event.dataTransfer && !event.dataTransfer.types.includes(CARD_DRAG_TYPE) && event.dataTransfer.types.length > 0) return;
    onDrop(columnKey);
  };

  return (
    <Paper
      component="section"
      aria-label={title}
      data-testid="board-column"
      data-column={columnKey}
      data-drop={dropState}
      aria-disabled={dropState === 'disabled' || undefined}
      withBorder
      p="xs"
      radius="md"
      bg={over ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{
        minWidth: 260,
        width: 260,
        flexShrink: 0,
        opacity: dropState === 'disabled' ? 0.4 : 1,
        outline: dropState === 'accept' ? '2px dashed var(--mantine-color-blue-filled)' : undefined,
        transition: 'opacity 120ms',
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Badge variant="default" aria-label={t('board.count', { n: count })}>
          {count}
        </Badge>
      </Group>
      <Stack gap="xs" mih={60}>
        {cards.slice(0, shown).map((card) => (
          <BoardCardView
            key={card.id}
            card={card}
            departmentName={departmentName(card.leadDepartmentId)}
            today={today}
            moves={movesOf(card)}
            onMove={onMove}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          />
        ))}
        {cards.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            {t('board.emptyColumn')}
          </Text>
        )}
        {(cards.length > shown || (onLoadMore && count > cards.length)) && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              if (shown >= cards.length) onLoadMore?.();
              setShown((n) => n + CARDS_PER_PAGE);
            }}
          >
            {t('board.showMore', { n: count - Math.min(shown, cards.length) })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
