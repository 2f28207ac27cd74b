import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BoardQuery } from '@mandate/domain';
import { boardApi } from './board.api';

export const boardKeys = {
  all: ['board'] as const,
  boards: () => [...boardKeys.all, 'view'] as const,
  board: (query: BoardQuery) => [...boardKeys.boards(), query] as const,
};

export const boardQueries = {
  board: (query: BoardQuery) =>
    queryOptions({
      queryKey: boardKeys.board(query),
      queryFn: ({ signal }) => boardApi.get(query, signal),
      placeholderData: keepPreviousData,
    }),
};
