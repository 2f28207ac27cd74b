import { type Actor, allowedTransitions, findTransition, WORK_PACKAGE_STATUSES, type WorkPackageStatus } from '@mandate/domain';
import type { Board, BoardCard } from './api/board.api';

/** The MIME type a dragged card carries, so drops of files or text are ignored. */
export const CARD_DRAG_TYPE = 'application/x-mandate-card';

/** What a move asks of the user before it is sent: nothing, a reason, or a completion report. */
export type MoveRequirement = 'reason' | 'report' | null;

/** The status columns that accept this card from this actor; empty (always, for HĐND and admins) means it cannot be dragged. */
export const acceptingColumns = (actor: Actor, card: Pick<BoardCard, 'status' | 'leadDepartmentId'>): WorkPackageStatus[] => allowedTransitions(actor, card);

export const canDropOn = (actor: Actor, card: Pick<BoardCard, 'status' | 'leadDepartmentId'>, columnKey: string): boolean =>
  (acceptingColumns(actor, card) as string[]).includes(columnKey);

export const moveRequirement = (from: WorkPackageStatus, to: WorkPackageStatus): MoveRequirement => findTransition(from, to)?.requires ?? null;

export const isStatusKey = (key: string): key is WorkPackageStatus => (WORK_PACKAGE_STATUSES as readonly string[]).includes(key);

export const findCard = (board: Board | undefined, cardId: string): BoardCard | undefined => {
  for (const column of board?.columns ?? []) {
    const card = column.cards.find((c) => c.id === cardId);
    if (card) return card;
  }
  return undefined;
};

/**
 * The board after moving a card to a status. On a board grouped by status the card leaves its column
 * for the top of the target one and the counts follow; on other groupings only its status changes.
 */
export const applyMove = (board: Board, cardId: string, to: WorkPackageStatus): Board => {
  const card = findCard(board, cardId);
  if (!card || card.status === to) return board;
  const moved: BoardCard = { ...card, status: to };
  const byStatus = board.columns.every((column) => isStatusKey(column.key)) && board.columns.some((column) => column.key === to);
  if (!byStatus) {
    return { ...board, columns: board.columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === cardId ? moved : c)) })) };
  }
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.cards.some((c) => c.id === cardId);
      if (had) return { ...column, count: Math.max(0, column.count - 1), cards: column.cards.filter((c) => c.id !== cardId) };
      if (column.key === to) return { ...column, count: column.count + 1, cards: [moved, ...column.cards] };
      return column;
    }),
  };
};

/** Replaces a card with the server's version (new version, category, progress) wherever it is. */
export const replaceCard = (board: Board, card: BoardCard): Board => ({
  ...board,
  columns: board.columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === card.id ? { ...c, ...card } : c)) })),
});
