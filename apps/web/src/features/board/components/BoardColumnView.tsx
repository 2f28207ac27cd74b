import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { BoardCard, WorkPackageStatus } from '@mandate/domain';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_DRAG_TYPE } from '../board-moves';
import { BoardCardView } from './BoardCardView';

export type DropState = 'idle' | 'accept' | 'disabled';

/** First guesses of a card's height (px, with the gap); each card is measured once drawn. */
const CARD_HEIGHT = { normal: 128, compact: 64 };
const GAP = 8;

interface BoardColumnViewProps {
  columnKey: string;
  title: string;
  count: number;
  cards: BoardCard[];
  dropState: DropState;
  departmentName: (id: string) => string;
  today: string;
  compact: boolean;
  /** Height of the column's card list; it scrolls inside, drawing only the cards in view (and a few around). */
  listHeight: string;
  movesOf: (card: BoardCard) => WorkPackageStatus[];
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
  onDrop: (columnKey: string) => void;
}

export function BoardColumnView({ columnKey, title, count, cards, dropState, departmentName, today, compact, listHeight, movesOf, onMove, onDragStart, onDragEnd, onDrop }: BoardColumnViewProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (compact ? CARD_HEIGHT.compact : CARD_HEIGHT.normal),
    getItemKey: (index) => cards[index].id,
    overscan: 6,
    gap: GAP,
    // Without layout (tests, first paint) the first cards are still drawn.
    initialRect: { width: 200, height: 800 },
  });

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
      p={6}
      radius="md"
      bg={over ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{
        flex: '1 0 176px',
        minWidth: 176,
        maxWidth: 320,
        opacity: dropState === 'disabled' ? 0.4 : 1,
        outline: dropState === 'accept' ? '2px dashed var(--mantine-color-blue-filled)' : undefined,
        transition: 'opacity 120ms',
      }}
    >
      <Group justify="space-between" mb={6} px={2} wrap="nowrap" gap={4}>
        <Text fw={600} size="sm" lineClamp={1} title={title}>
          {title}
        </Text>
        <Badge variant="default" aria-label={t('board.count', { n: count })} style={{ flexShrink: 0 }}>
          {count}
        </Badge>
      </Group>
      <Box ref={scroller} data-testid="board-column-scroller" style={{ maxHeight: listHeight, minHeight: 60, overflowY: 'auto', overflowX: 'hidden', contain: 'strict', height: listHeight }}>
        {cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              return (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}>
                  <BoardCardView
                    card={card}
                    departmentName={departmentName(card.leadDepartmentId)}
                    today={today}
                    compact={compact}
                    moves={movesOf(card)}
                    onMove={onMove}
                    onDragStart={onDragStart}
                    onDragEnd={onDragEnd}
                  />
                </div>
              );
            })}
          </div>
        )}
      </Box>
    </Paper>
  );
}
