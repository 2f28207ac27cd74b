import { extractQuantitativeTarget, ParsedAssignment, ParsedDeadline, splitTaskSentences } from '../plan-document';
import type { WorkPackageTarget } from '../work-package';
import { breakdownKeyOf, foldWithIndex, normalizeKeyword, normalizeSentence, shortTitleOf } from './breakdown-text.util';

/** A subject-to-department rule: any keyword found in a sentence suggests the department. */
export interface BreakdownRule {
  departmentId: string;
  /** Folded, lower-case (see normalizeKeyword); folded again here, so accents in input do no harm. */
  keywords: readonly string[];
  priority: number;
}

/** One proposed work package; nothing is stored until the UBND confirms it. */
export interface ProposedPackage {
  itemRef: string;
  title: string;
  sourceText: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  dueDate: string | null;
  target: WorkPackageTarget | null;
  reason: string;
  breakdownKey: string;
}

/** The part of a plan item a break-down reads: a parsed item, or a stored one (whose assignment may not be kept). */
export interface BreakdownItem {
  ref: string;
  title: string;
  paragraphs: readonly string[];
  assignment?: ParsedAssignment | null;
  children: readonly BreakdownItem[];
}

export interface ProposeBreakdownInput {
  planYear: number | null;
  /** The item tree; only leaves are broken down. */
  items: readonly BreakdownItem[];
  deadlines: readonly ParsedDeadline[];
  rules: readonly BreakdownRule[];
  /** Where a sentence names no known subject: the UBND office sorts it out. */
  fallbackDepartmentId: string;
}

export interface DepartmentMatch {
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  /** The words of the sentence that matched, as written. */
  matchedWords: string[];
}

interface Hit {
  departmentId: string;
  priority: number;
  words: string[];
  first: number;
}

/** Which departments a sentence names: highest priority wins, then most matched words, then the earliest mention. */
export function matchDepartments(sentence: string, rules: readonly BreakdownRule[], fallbackDepartmentId: string): DepartmentMatch {
  const { folded, origin } = foldWithIndex(sentence);
  const padded = ` ${folded} `;
  const byDepartment = new Map<string, Hit>();
  for (const rule of rules) {
    const words: string[] = [];
    let first = Number.POSITIVE_INFINITY;
    for (const keyword of new Set(rule.keywords.map(normalizeKeyword).filter(Boolean))) {
      const at = padded.indexOf(` ${keyword} `);
      if (at < 0) continue;
      const start = origin[at];
      const end = origin[at + keyword.length - 1];
      words.push(sentence.slice(start, end + 1 + (sentence.codePointAt(end)! > 0xffff ? 1 : 0)));
      first = Math.min(first, at);
    }
    if (words.length === 0) continue;
    const seen = byDepartment.get(rule.departmentId);
    const hit = { departmentId: rule.departmentId, priority: rule.priority, words: withoutContained(words), first };
    if (!seen || better(hit, seen)) byDepartment.set(rule.departmentId, seen ? { ...hit, words: [...new Set([...seen.words, ...words])] } : hit);
  }
  const ranked = [...byDepartment.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  if (ranked.length === 0) return { leadDepartmentId: fallbackDepartmentId, cooperatingDepartmentIds: [], matchedWords: [] };
  return {
    leadDepartmentId: ranked[0].departmentId,
    cooperatingDepartmentIds: ranked.slice(1).map((h) => h.departmentId),
    matchedWords: withoutContained([...new Set(ranked.flatMap((h) => h.words))]),
  };
}

/** "công nghiệp" adds nothing when "khu công nghiệp" matched too. */
function withoutContained(words: string[]): string[] {
  const folded = words.map(normalizeKeyword);
  return words.filter((_, i) => !folded.some((other, j) => j !== i && other.length > folded[i].length && ` ${other} `.includes(` ${folded[i]} `)));
}

function better(a: Hit, b: Hit): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  return a.first < b.first;
}

/** The item's deadline whose phrase is in this sentence; a date elsewhere in the item does not bind this sentence. */
function dueDateOf(sentence: string, itemDeadlines: readonly ParsedDeadline[], planYear: number | null): string | null {
  const haystack = ` ${normalizeSentence(sentence)} `;
  const found = itemDeadlines.find((d) => {
    const phrase = normalizeSentence(d.text);
    return phrase.length > 0 && haystack.includes(` ${phrase} `);
  });
  if (found) return found.date;
  return planYear === null ? null : `${planYear}-12-31`;
}

function leavesOf(items: readonly BreakdownItem[]): BreakdownItem[] {
  return items.flatMap((item) => (item.children.length === 0 ? [item] : leavesOf(item.children)));
}

function sentencesOf(paragraph: string): string[] {
  const sentences = splitTaskSentences(paragraph).map((s) => s.trim()).filter((s) => s.length > 0);
  return sentences.length > 0 ? sentences : [paragraph.trim()];
}

/** Proposes work packages for every leaf item: one per distinct task sentence of each paragraph. */
export function proposeBreakdown(input: ProposeBreakdownInput): ProposedPackage[] {
  const proposals: ProposedPackage[] = [];
  for (const item of leavesOf(input.items)) {
    const itemDeadlines = input.deadlines.filter((d) => d.ref === item.ref);
    const texts = item.paragraphs.length > 0 ? item.paragraphs.flatMap(sentencesOf) : [item.title];
    const seen = new Set<string>();
    for (const sentence of texts) {
      if (!sentence) continue;
      const breakdownKey = breakdownKeyOf(item.ref, sentence);
      if (seen.has(breakdownKey)) continue;
      seen.add(breakdownKey);
      const match = matchDepartments(sentence, input.rules, input.fallbackDepartmentId);
      proposals.push({
        itemRef: item.ref,
        title: shortTitleOf(sentence),
        sourceText: sentence,
        leadDepartmentId: match.leadDepartmentId,
        cooperatingDepartmentIds: match.cooperatingDepartmentIds,
        dueDate: dueDateOf(sentence, itemDeadlines, input.planYear),
        target: extractQuantitativeTarget(sentence),
        reason: match.matchedWords.length > 0 ? match.matchedWords.join(', ') : 'Không khớp chủ đề nào: giao Văn phòng UBND tỉnh phân công',
        breakdownKey,
      });
    }
  }
  return proposals;
}
