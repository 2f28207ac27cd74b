import { type Actor, allowedTransitions, findTransition, WORK_PACKAGE_STATUSES, type WorkPackageStatus } from '@mandate/domain';
import type { BoardCard, BoardColumn, BoardResponse } from '@mandate/domain';

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

export const findCard = (board: BoardResponse | undefined, cardId: string): BoardCard | undefined => {
  for (const column of board?.columns ?? []) {
    const card = column.cards.find((c) => c.id === cardId);
    if (card) return card;
  }
  return undefined;
};

/** One set of columns after the move: by status the card leaves its column for the top of the target one and the counts follow. */
const moveInColumns = (columns: BoardColumn[], cardId: string, moved: BoardCard): BoardColumn[] => {
  const byStatus = columns.every((column) => isStatusKey(column.key)) && columns.some((column) => column.key === moved.status);
  if (!byStatus) return columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === cardId ? moved : c)) }));
  if (!columns.some((column) => column.cards.some((c) => c.id === cardId))) return columns;
  return columns.map((column) => {
    const had = column.cards.some((c) => c.id === cardId);
    if (had) return { ...column, count: Math.max(0, column.count - 1), cards: column.cards.filter((c) => c.id !== cardId) };
    if (column.key === moved.status) return { ...column, count: column.count + 1, cards: [moved, ...column.cards] };
    return column;
  });
};

/**
 * The board after moving a card to a status, in its columns and in its swimlane. On a board grouped by status the
 * card leaves its column for the top of the target one and the counts follow; on other groupings only its status changes.
 */
export const applyMove = (board: BoardResponse, cardId: string, to: WorkPackageStatus): BoardResponse => {
  const card = findCard(board, cardId);
  if (!card || card.status === to) return board;
  const moved: BoardCard = { ...card, status: to };
  return {
    ...board,
    columns: moveInColumns(board.columns, cardId, moved),
    lanes: board.lanes?.map((lane) => ({ ...lane, columns: moveInColumns(lane.columns, cardId, moved) })) ?? null,
  };
};

const replaceIn = (columns: BoardColumn[], card: BoardCard): BoardColumn[] =>
  columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === card.id ? { ...c, ...card } : c)) }));

/** Replaces a card with the server's version (new version, category, progress) wherever it is. */
export const replaceCard = (board: BoardResponse, card: BoardCard): BoardResponse => ({
  ...board,
  columns: replaceIn(board.columns, card),
  lanes: board.lanes?.map((lane) => ({ ...lane, columns: replaceIn(lane.columns, card) })) ?? null,
});
