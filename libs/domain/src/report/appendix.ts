import type { DeadlineCategory, WorkPackageStatus } from '../work-package/work-package';

/** An item of the plan's tree as the appendix groups by it. */
export interface AppendixItem {
  ref: string;
  parentRef: string | null;
  title: string;
}

/** One package row of the task appendix, names resolved. */
export interface AppendixPackage {
  id: string;
  itemRef: string | null;
  title: string;
  leadDepartment: string;
  cooperatingDepartments: string[];
  originalDueDate: string | null;
  dueDate: string | null;
  expectedOutput: string | null;
  status: WorkPackageStatus;
  progress: number;
  category: DeadlineCategory;
  latestReport: string | null;
}

export type AppendixLine =
  | { kind: 'group'; depth: number; stt: string; ref: string | null; title: string }
  | { kind: 'package'; depth: number; stt: string; pkg: AppendixPackage };

/** The group that holds packages with no item of the plan (created by hand, or an item since removed). */
export const APPENDIX_OTHER_GROUP = { vi: 'Nhiệm vụ khác', en: 'Other tasks' } as const;

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export const romanNumeral = (n: number): string => {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
};

interface OpenGroup {
  key: string;
  path: number[];
  children: number;
}

/**
 * STT as provincial appendices number it: a top-level item is a Roman numeral (I, II, …); inside a group its
 * sub-items and packages share one count (1, 2, …), and below a numbered sub-item they carry its number (2.1, 2.2).
 * Fed packages in document order, it emits each group's header the first time one of its packages arrives, so
 * a group with no package in the selection is left out and a stream of any length needs only the open path.
 */
export function appendixNumberer(items: readonly AppendixItem[]): (pkg: AppendixPackage) => AppendixLine[] {
  const byRef = new Map(items.map((item) => [item.ref, item]));
  const open: OpenGroup[] = [];
  let topLevel = 0;

  const chainOf = (ref: string | null): { key: string; ref: string | null; title: string }[] => {
    const item = ref === null ? undefined : byRef.get(ref);
    if (!item) return [{ key: '\u0000other', ref: null, title: APPENDIX_OTHER_GROUP.vi }];
    const chain: AppendixItem[] = [];
    const seen = new Set<string>();
    for (let at: AppendixItem | undefined = item; at && !seen.has(at.ref); at = at.parentRef ? byRef.get(at.parentRef) : undefined) {
      seen.add(at.ref);
      chain.unshift(at);
    }
    return chain.map((i) => ({ key: i.ref, ref: i.ref, title: `${i.ref}. ${i.title}` }));
  };

  return (pkg) => {
    const lines: AppendixLine[] = [];
    const chain = chainOf(pkg.itemRef);
    let shared = 0;
    while (shared < chain.length && shared < open.length && open[shared].key === chain[shared].key) shared++;
    open.length = shared;
    for (let depth = shared; depth < chain.length; depth++) {
      const node = chain[depth];
      let path: number[];
      let stt: string;
      if (depth === 0) {
        topLevel += 1;
        path = [];
        stt = romanNumeral(topLevel);
      } else {
        const parent = open[depth - 1];
        parent.children += 1;
        path = [...parent.path, parent.children];
        stt = path.join('.');
      }
      open.push({ key: node.key, path, children: 0 });
      lines.push({ kind: 'group', depth, stt, ref: node.ref, title: node.title });
    }
    const group = open[open.length - 1];
    group.children += 1;
    lines.push({ kind: 'package', depth: open.length, stt: [...group.path, group.children].join('.'), pkg });
    return lines;
  };
}
