import { Foundation1764230400000 } from './1764230400000-Foundation';

/** Listed, not globbed: the API is bundled by webpack and cannot load migrations from disk by pattern. */
export const MIGRATIONS = [Foundation1764230400000];
