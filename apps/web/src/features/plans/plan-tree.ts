import type { ParsedAssignment } from '@mandate/domain';

/** The tree shape both the parse preview and the stored plan share. */
export interface ItemTreeNode {
  ref: string;
  title: string;
  paragraphs: string[];
  assignment?: ParsedAssignment | null;
  packageCount?: number;
  children: ItemTreeNode[];
}

/** Leaves in document order: only they are broken down into packages. */
export const leafItems = <T extends { children: T[] }>(items: readonly T[]): T[] =>
  items.flatMap((item) => (item.children.length === 0 ? [item] : leafItems(item.children)));

/** Every item by ref, at any depth. */
export const itemsByRef = <T extends { ref: string; children: T[] }>(items: readonly T[], into = new Map<string, T>()): Map<string, T> => {
  for (const item of items) {
    into.set(item.ref, item);
    itemsByRef(item.children, into);
  }
  return into;
};

/** Every agency name the document's assignments write, with the refs of the items that name it, in document order. */
export function agencyNamesOf(items: readonly ItemTreeNode[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const item of itemsByRef(items).values()) {
    for (const name of [...(item.assignment?.lead ?? []), ...(item.assignment?.cooperating ?? [])]) {
      const refs = names.get(name) ?? [];
      if (!refs.includes(item.ref)) refs.push(item.ref);
      names.set(name, refs);
    }
  }
  return names;
}
