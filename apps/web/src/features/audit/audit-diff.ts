export type DiffKind = 'added' | 'removed' | 'changed';

export interface FieldDiff {
  field: string;
  kind: DiffKind;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between an audit event's before and after, in a stable order. */
export const diffRecords = (before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldDiff[] => {
  const b = before ?? {};
  const a = after ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  const diffs: FieldDiff[] = [];
  for (const field of fields) {
    const inBefore = Object.prototype.hasOwnProperty.call(b, field);
    const inAfter = Object.prototype.hasOwnProperty.call(a, field);
    if (inBefore && inAfter) {
      if (!same(b[field], a[field])) diffs.push({ field, kind: 'changed', before: b[field], after: a[field] });
    } else if (inAfter) {
      diffs.push({ field, kind: 'added', before: undefined, after: a[field] });
    } else {
      diffs.push({ field, kind: 'removed', before: b[field], after: undefined });
    }
  }
  return diffs;
};

const MAX_VALUE_LENGTH = 80;

/** A short, single-line rendering of any JSON value. */
export const formatDiffValue = (value: unknown): string => {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
};
