import type { DeadlineCategory } from '@mandate/domain';
import type { BoardCard } from './api/board.api';

export interface BoardFilters {
  departmentId?: string;
  category?: DeadlineCategory;
  q?: string;
}

/** Lower case without diacritics, so "quang ninh" finds "Quảng Ninh" and "dau tu" finds "đầu tư". */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/** The same filters the API applies, repeated here so the optimistic board stays filtered too. */
export const filterCards = (cards: readonly BoardCard[], filters: BoardFilters): BoardCard[] => {
  const q = filters.q ? foldForSearch(filters.q) : '';
  return cards.filter(
    (card) =>
      (!filters.departmentId || card.leadDepartmentId === filters.departmentId) &&
      (!filters.category || card.category === filters.category) &&
      (!q || foldForSearch(card.title).includes(q)),
  );
};
