import { extractQuantitativeTarget, ParsedAssignment, ParsedDeadline, splitTaskSentences } from '../plan-document';
import type { WorkPackageTarget } from '../work-package';
import type { AgencyMatch } from '../department';
import { breakdownKeyOf, foldWithIndex, normalizeKeyword, normalizeSentence, shortTitleOf } from './breakdown-text.util';
import { AgencyCatalogue, documentAssignmentOf } from './document-assignment';

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
  /** The document's 'sản phẩm' for the item, or null. */
  expectedOutput: string | null;
  reason: string;
  /** Where the lead came from: the document's own assignment, or a suggestion from the sentence's subject. */
  leadSource: LeadSource;
  /** Agencies the document names for the item and how each matched the catalogue; unmatched ones need the importer. */
  agencies: AgencyMatch[];
  breakdownKey: string;
}

/** 'document': the document's own assignment; 'content': suggested from the sentence's subject; 'user': chosen while editing. */
export const LEAD_SOURCES = ['document', 'content', 'user'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

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
  /** What the document's agency names are matched against; without it, assignments are not read. */
  catalogue?: AgencyCatalogue;
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

/** "Các nhiệm vụ cụ thể tại Phụ lục kèm theo": a short sentence that only points at the appendix. */
const APPENDIX_POINTER = /(?:^| )(?:tai|theo|o) phu luc(?: |$)/;
const POINTER_MAX_WORDS = 20;

function pointsAtAppendix(sentence: string): boolean {
  const folded = normalizeSentence(sentence);
  return APPENDIX_POINTER.test(folded) && folded.split(' ').length <= POINTER_MAX_WORDS;
}

function sentencesOf(paragraph: string): string[] {
  const sentences = splitTaskSentences(paragraph).map((s) => s.trim()).filter((s) => s.length > 0);
  return sentences.length > 0 ? sentences : [paragraph.trim()];
}

/** Proposes work packages for every leaf item: one per distinct task sentence of each paragraph; the document's assignment (the item's, else its section's) comes first. */
export function proposeBreakdown(input: ProposeBreakdownInput): ProposedPackage[] {
  const proposals: ProposedPackage[] = [];
  const leaves = leavesWithAssignment(input.items, null);
  // Where the appendix rows were read, each is proposed itself; a sentence pointing at them would only repeat them.
  const appendixRead = leaves.some(({ item }) => item.ref.startsWith('PL'));
  for (const { item, assignment } of leaves) {
    const itemDeadlines = input.deadlines.filter((d) => d.ref === item.ref);
    const fromDocument = assignment && input.catalogue ? documentAssignmentOf(assignment, input.catalogue, itemDeadlines) : null;
    const texts = item.paragraphs.length > 0 ? item.paragraphs.flatMap(sentencesOf) : [item.title];
    const seen = new Set<string>();
    for (const sentence of texts) {
      if (!sentence || (appendixRead && pointsAtAppendix(sentence))) continue;
      const breakdownKey = breakdownKeyOf(item.ref, sentence);
      if (seen.has(breakdownKey)) continue;
      seen.add(breakdownKey);
      const match = matchDepartments(sentence, input.rules, input.fallbackDepartmentId);
      const documentLead = fromDocument?.leadDepartmentId ?? null;
      proposals.push({
        itemRef: item.ref,
        title: shortTitleOf(sentence),
        sourceText: sentence,
        leadDepartmentId: documentLead ?? match.leadDepartmentId,
        cooperatingDepartmentIds: documentLead ? fromDocument?.cooperatingDepartmentIds ?? [] : [...new Set([...match.cooperatingDepartmentIds, ...(fromDocument?.cooperatingDepartmentIds ?? [])])].filter((id) => id !== match.leadDepartmentId),
        dueDate: fromDocument?.dueDate !== undefined ? fromDocument.dueDate : dueDateOf(sentence, itemDeadlines, input.planYear),
        target: extractQuantitativeTarget(sentence),
        expectedOutput: fromDocument?.expectedOutput ?? null,
        reason: documentLead ? `Văn bản giao: ${assignment?.lead.join('; ')}` : reasonOf(match, assignment),
        leadSource: documentLead ? 'document' : 'content',
        agencies: fromDocument?.agencies ?? [],
        breakdownKey,
      });
    }
  }
  return proposals;
}

function reasonOf(match: DepartmentMatch, assignment: ParsedAssignment | null): string {
  const unplaced = assignment && assignment.lead.length > 0 ? `Văn bản giao ${assignment.lead.join('; ')}, chưa khớp cơ quan nào trong danh mục. ` : '';
  return unplaced + (match.matchedWords.length > 0 ? match.matchedWords.join(', ') : 'Không khớp chủ đề nào: giao Văn phòng UBND tỉnh phân công');
}

/** Leaves with the assignment that governs them: their own, else the nearest section's ("3. Sở Tài chính:" heads its tasks). */
function leavesWithAssignment(items: readonly BreakdownItem[], inherited: ParsedAssignment | null): { item: BreakdownItem; assignment: ParsedAssignment | null }[] {
  return items.flatMap((item) => {
    const assignment = item.assignment ?? inherited;
    return item.children.length === 0 ? [{ item, assignment }] : leavesWithAssignment(item.children, assignment);
  });
}
