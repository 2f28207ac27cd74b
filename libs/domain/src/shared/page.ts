/** A page of a list with an opaque cursor for the next one (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Lists without paging. */
export interface ItemList<T> {
  items: T[];
}
