import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { Actor, BoardCard, WorkPackageStatus } from '@mandate/domain';
import { type DragEvent, memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { CARD_DRAG_TYPE } from '../board-moves';
import { useFixedSizeWindow } from '../use-fixed-size-window';
import { BoardCardView, CARD_HEIGHT } from './BoardCardView';

export type DropState = 'idle' | 'accept' | 'disabled';

/** Space between two cards (px). */
const GAP = 6;
const EMPTY_HEIGHT = 60;

/** The height (px) of a column's card list holding `count` cards, at most `max`: a short column stays short. */
export const listHeightOf = (count: number, compact: boolean, max: number): number =>
  Math.min(max, Math.max(EMPTY_HEIGHT, count * (compact ? CARD_HEIGHT.compact : CARD_HEIGHT.normal) + Math.max(0, count - 1) * GAP));

interface BoardColumnViewProps {
  columnKey: string;
  title: string;
  count: number;
  cards: BoardCard[];
  dropState: DropState;
  departmentName: (id: string) => string;
  today: string;
  actor: Actor;
  compact: boolean;
  /** CSS height of the card list; it scrolls inside, drawing only the cards in view (and a few around). */
  listHeight: string;
  /** That height in px as far as known before layout (the first render draws the cards that fill it). */
  listHeightPx: number;
  onMove: (card: BoardCard, to: WorkPackageStatus) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
  onDrop: (columnKey: string) => void;
}

/**
 * A status column that draws only the cards in view. Cards have one fixed height per mode, so nothing is measured:
 * the earlier attempt (@tanstack/react-virtual) measured every drawn card, whose text wraps with the column's
 * width, and each measurement re-rendered the column and moved the cards again, which froze a real plan's board.
 * With fixed heights the library's measuring is not needed, and dropping it keeps 10 kB (gzip) off the board's first load.
 */
export const BoardColumnView = memo(function BoardColumnView({
  columnKey,
  title,
  count,
  cards,
  dropState,
  departmentName,
  today,
  actor,
  compact,
  listHeight,
  listHeightPx,
  onMove,
  onDragStart,
  onDragEnd,
  onDrop,
}: BoardColumnViewProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const size = (compact ? CARD_HEIGHT.compact : CARD_HEIGHT.normal) + GAP;
  const shown = useFixedSizeWindow(scroller, cards.length, size, { initialViewport: listHeightPx });

  const allowDrop = (event: DragEvent<HTMLDivElement>) => {
    if (dropState !== 'accept') return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
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
        <Text fw={600} size="sm" truncate title={title}>
          {title}
        </Text>
        <Badge variant="default" aria-label={t('board.count', { n: formatNumber(count) })} style={{ flexShrink: 0 }}>
          {formatNumber(count)}
        </Badge>
      </Group>
      <Box ref={scroller} data-testid="board-column-scroller" style={{ height: listHeight, overflowY: 'auto', overflowX: 'hidden', contain: 'strict', overscrollBehavior: 'contain' }}>
        {cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          <div style={{ height: cards.length * size - GAP, position: 'relative', width: '100%' }}>
            {cards.slice(shown.start, shown.end).map((card, i) => {
              const index = shown.start + i;
              return (
                <div key={card.id} data-index={index} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: size - GAP, transform: `translateY(${index * size}px)` }}>
                  <BoardCardView
                    card={card}
                    departmentName={departmentName(card.leadDepartmentId)}
                    today={today}
                    actor={actor}
                    compact={compact}
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
});
