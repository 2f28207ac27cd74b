import type { IndicatorTarget, ParsedIndicator, ParsedItem, PlanDocumentParse } from './plan-document.types';
import { isDomainError } from '../errors/domain-error';
import { parsePlanDocument } from './parse-plan-document';
import { foldText } from './text-fold.util';

/** The facts file format of fixtures/plans/*.expected.json (contracts/plan-parse.md). */
export interface ExpectedTarget {
  comparator: string[];
  value?: number | null;
  max?: number | null;
  unit?: string;
  label?: string;
}

export interface ExpectedIndicator {
  code: string;
  /** The running 1..n code a bullet-list indicator may be given instead (fixtures/plans/real/README.md). */
  _flatCode?: string;
  group?: string;
  textIncludes?: string;
  targets?: ExpectedTarget[];
  /** Presence and targets are soft: two careful readers could code the list differently. */
  _soft?: boolean;
}

export interface ExpectedItem {
  ref: string;
  /** Null: the count is not scored, the item must still exist. */
  paragraphs?: number | null;
  /** The label block carries running text, so the label may count as one more paragraph. */
  _inlineText?: boolean;
  children?: ExpectedItem[];
}

export interface ExpectedDeadline {
  ref: string;
  date: string;
  _soft?: boolean;
}

export interface ExpectedAssignment {
  ref: string;
  /** Substring of one entry of `assignment.lead` (hard unless `_soft`). */
  leadIncludes: string;
  /** Substrings each found in some entry of `assignment.cooperating` (soft). */
  cooperatingIncludes?: string[];
  dueText?: string | null;
  /** The date the time implies: should also be a deadline of the ref (soft). */
  dueDate?: string;
  _soft?: boolean;
}

/** A date that must not be reported as a deadline (the document's own date, a cited document's date). */
export interface OutOfScopeDate {
  date: string;
  text: string;
  where?: string;
}

export interface ExpectedFacts {
  document?: {
    number?: string | null;
    kind?: string;
    issuedOn?: string | null;
    planYear?: number | null;
    issuerIncludes?: string;
    titleIncludes?: string;
  };
  indicators?: ExpectedIndicator[];
  items?: ExpectedItem[];
  deadlines?: ExpectedDeadline[];
  assignments?: ExpectedAssignment[];
  /** The Roman part that holds the tasks: refs are written without it, and a parse may give either form. */
  _refPrefix?: string;
  _outOfScopeDates?: OutOfScopeDate[];
}

/** How a parse scores against an expected-facts file: every fact counted, hard and soft misses listed. */
export interface ExpectedFactsScore {
  facts: number;
  held: number;
  /** Facts a correct parse must produce. */
  problems: string[];
  /** Facts marked soft (a judgement call, a period-style date, co-operating agencies). */
  softProblems: string[];
}

const EPSILON = 1e-9;

function includesLoosely(haystack: string | null | undefined, needle: string): boolean {
  return haystack !== null && haystack !== undefined && foldText(haystack).includes(foldText(needle));
}

function sameNumber(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) < EPSILON;
}

/** "III.2.a" also answers to "2.a" (a check may leave out the Roman prefix); with a known prefix, only that one. */
function refMatches(actual: string, expected: string, prefix?: string): boolean {
  if (actual === expected) return true;
  if (prefix !== undefined) return actual === `${prefix}.${expected}` || expected === `${prefix}.${actual}`;
  const withoutRoman = (ref: string): string => ref.replace(/^[IVXL]+\./, '');
  return withoutRoman(actual) === withoutRoman(expected);
}

/** The exact ref first, so that "II.1" is not taken for "III.1" where both parts exist. */
function findByRef<T extends { ref: string }>(candidates: readonly T[], ref: string, prefix?: string): T | undefined {
  return candidates.find((candidate) => candidate.ref === ref) ?? candidates.find((candidate) => refMatches(candidate.ref, ref, prefix));
}

function flatten(items: ParsedItem[]): ParsedItem[] {
  const result: ParsedItem[] = [];
  const pending = [...items].reverse();
  while (pending.length > 0) {
    const item = pending.pop() as ParsedItem;
    result.push(item);
    for (let i = item.children.length - 1; i >= 0; i -= 1) pending.push(item.children[i]);
  }
  return result;
}

/** Collects one verdict per fact; a fact with several problems counts once, and is hard unless marked soft. */
class Verdicts {
  facts = 0;
  held = 0;
  readonly problems: string[] = [];
  readonly softProblems: string[] = [];

  check(problems: string[], soft = false): void {
    this.facts += 1;
    if (problems.length === 0) this.held += 1;
    (soft ? this.softProblems : this.problems).push(...problems);
  }
}

function checkDocument(verdicts: Verdicts, parse: PlanDocumentParse, expected: NonNullable<ExpectedFacts['document']>): void {
  const actual = parse.document;
  if (expected.number !== undefined) {
    verdicts.check(foldText(actual.number ?? '') === foldText(expected.number ?? '') ? [] : [`document.number: expected ${expected.number}, got ${actual.number}`]);
  }
  for (const field of ['kind', 'issuedOn', 'planYear'] as const) {
    if (expected[field] !== undefined) {
      verdicts.check(actual[field] === expected[field] ? [] : [`document.${field}: expected ${expected[field]}, got ${actual[field]}`]);
    }
  }
  if (expected.issuerIncludes !== undefined) {
    verdicts.check(includesLoosely(actual.issuer, expected.issuerIncludes) ? [] : [`document.issuer: expected to include "${expected.issuerIncludes}", got ${actual.issuer}`]);
  }
  if (expected.titleIncludes !== undefined) {
    verdicts.check(includesLoosely(actual.title, expected.titleIncludes) ? [] : [`document.title: expected to include "${expected.titleIncludes}", got ${actual.title}`]);
  }
}

function checkTarget(where: string, actual: IndicatorTarget, expected: ExpectedTarget): string[] {
  const problems: string[] = [];
  if (!expected.comparator.includes(actual.comparator)) {
    problems.push(`${where}.comparator: expected one of ${expected.comparator.join('|')}, got ${actual.comparator}`);
  }
  if (expected.value !== undefined && !sameNumber(actual.value, expected.value)) {
    problems.push(`${where}.value: expected ${expected.value}, got ${actual.value}`);
  }
  if (expected.max !== undefined && !sameNumber(actual.max, expected.max)) {
    problems.push(`${where}.max: expected ${expected.max}, got ${actual.max}`);
  }
  if (expected.unit !== undefined && !includesLoosely(actual.unit, expected.unit)) {
    problems.push(`${where}.unit: expected to include "${expected.unit}", got ${actual.unit}`);
  }
  if (expected.label !== undefined && !includesLoosely(actual.label, expected.label)) {
    problems.push(`${where}.label: expected to include "${expected.label}", got ${actual.label}`);
  }
  return problems;
}

function checkIndicator(actual: ParsedIndicator, expected: ExpectedIndicator): string[] {
  const where = `indicator ${expected.code}`;
  const problems: string[] = [];
  if (expected.group !== undefined && actual.group !== expected.group) {
    problems.push(`${where}.group: expected ${expected.group}, got ${actual.group}`);
  }
  if (expected.textIncludes !== undefined && !includesLoosely(`${actual.name} ${actual.text}`, expected.textIncludes)) {
    problems.push(`${where}: name and text do not include "${expected.textIncludes}"`);
  }
  // Every indicator has at least one target (a bullet without a figure is one qualitative target), so an empty
  // list can only mean 'targets not scored' (04's 2.1: a parser may or may not report the speed as a figure).
  if (expected.targets === undefined || expected.targets.length === 0) return problems;
  if (actual.targets.length !== expected.targets.length) {
    problems.push(`${where}: expected ${expected.targets.length} targets, got ${actual.targets.length}`);
  }
  expected.targets.forEach((target, index) => {
    const found = actual.targets[index];
    if (found !== undefined) problems.push(...checkTarget(`${where}.targets[${index}]`, found, target));
  });
  return problems;
}

/** Bullet-list indicators may be coded by sub-heading ("a.2") or running ("2"), but one way for the whole list. */
function indicatorFinder(parse: PlanDocumentParse, expected: ExpectedIndicator[]): (indicator: ExpectedIndicator) => ParsedIndicator | undefined {
  const byCode = (code: string): ParsedIndicator | undefined => parse.indicators.find((candidate) => candidate.code === code);
  const structured = expected.filter((indicator) => byCode(indicator.code) !== undefined).length;
  const flat = expected.filter((indicator) => indicator._flatCode !== undefined && byCode(indicator._flatCode) !== undefined).length;
  const useFlat = flat > structured;
  return (indicator) => (useFlat && indicator._flatCode !== undefined ? byCode(indicator._flatCode) : byCode(indicator.code));
}

function checkIndicators(verdicts: Verdicts, parse: PlanDocumentParse, expected: ExpectedIndicator[]): void {
  const required = expected.filter((indicator) => !indicator._soft).length;
  const count = parse.indicators.length;
  verdicts.check(count >= required && count <= expected.length ? [] : [`indicators: expected ${required === expected.length ? required : `${required}-${expected.length}`}, got ${count}`]);
  const find = indicatorFinder(parse, expected);
  for (const indicator of expected) {
    const found = find(indicator);
    verdicts.check(found === undefined ? [`indicator ${indicator.code}: missing`] : checkIndicator(found, indicator), indicator._soft === true);
  }
}

function paragraphCountHolds(actual: number, expected: ExpectedItem): boolean {
  if (expected.paragraphs === undefined || expected.paragraphs === null) return true;
  return actual === expected.paragraphs || (expected._inlineText === true && actual === expected.paragraphs + 1);
}

function checkItems(verdicts: Verdicts, scope: ParsedItem[], expected: ExpectedItem[], prefix: string | undefined): void {
  const candidates = flatten(scope);
  for (const item of expected) {
    const found = findByRef(candidates, item.ref, prefix);
    if (found === undefined) {
      verdicts.check([`item ${item.ref}: missing`]);
      continue;
    }
    verdicts.check(paragraphCountHolds(found.paragraphs.length, item) ? [] : [`item ${item.ref}: expected ${item.paragraphs} paragraphs, got ${found.paragraphs.length}`]);
    if (item.children !== undefined) checkItems(verdicts, found.children, item.children, prefix);
  }
}

function hasDeadline(parse: PlanDocumentParse, ref: string, date: string, prefix: string | undefined): boolean {
  return parse.deadlines.some((found) => found.date === date && refMatches(found.ref, ref, prefix));
}

function checkDeadlines(verdicts: Verdicts, parse: PlanDocumentParse, expected: ExpectedDeadline[], prefix: string | undefined): void {
  for (const deadline of expected) {
    verdicts.check(hasDeadline(parse, deadline.ref, deadline.date, prefix) ? [] : [`deadline ${deadline.ref} ${deadline.date}: missing`], deadline._soft === true);
  }
}

function checkAssignments(verdicts: Verdicts, parse: PlanDocumentParse, expected: ExpectedAssignment[], prefix: string | undefined): void {
  const candidates = flatten(parse.items);
  for (const assignment of expected) {
    const where = `assignment ${assignment.ref}`;
    const assigned = findByRef(candidates, assignment.ref, prefix)?.assignment ?? null;
    if (assigned === null) {
      verdicts.check([`${where}: missing`], assignment._soft === true);
      continue;
    }
    const leadHolds = assigned.lead.some((lead) => includesLoosely(lead, assignment.leadIncludes));
    verdicts.check(leadHolds ? [] : [`${where}.lead: expected one to include "${assignment.leadIncludes}", got ${JSON.stringify(assigned.lead)}`], assignment._soft === true);
    for (const cooperating of assignment.cooperatingIncludes ?? []) {
      const holds = assigned.cooperating.some((agency) => includesLoosely(agency, cooperating));
      verdicts.check(holds ? [] : [`${where}.cooperating: expected one to include "${cooperating}", got ${JSON.stringify(assigned.cooperating)}`], true);
    }
    if (assignment.dueDate !== undefined) {
      verdicts.check(hasDeadline(parse, assignment.ref, assignment.dueDate, prefix) ? [] : [`${where}: due ${assignment.dueDate} is not a deadline of the item`], true);
    }
  }
}

/** A reported deadline read from the same words as an out-of-scope date is a cited or document date taken for a deadline. */
function checkOutOfScopeDates(verdicts: Verdicts, parse: PlanDocumentParse, expected: OutOfScopeDate[]): void {
  for (const outOfScope of expected) {
    const taken = parse.deadlines.filter(
      (deadline) => deadline.date === outOfScope.date && (includesLoosely(outOfScope.text, deadline.text) || includesLoosely(deadline.text, outOfScope.text)),
    );
    verdicts.check(taken.map((deadline) => `deadline ${deadline.ref} ${deadline.date} ("${deadline.text}") is out of scope: ${outOfScope.where ?? outOfScope.text}`));
  }
}

/**
 * Scores a parse against an expected-facts file (contracts/plan-parse.md): comparators from a list, units and
 * texts as case- and diacritic-insensitive substrings, numbers as numbers, items found by ref at any depth,
 * deadlines that must be present (more are allowed), assignments by lead (hard) and co-operating agencies (soft),
 * and dates that must not be deadlines.
 */
export function scoreAgainstExpectedFacts(parse: PlanDocumentParse, expected: ExpectedFacts): ExpectedFactsScore {
  const verdicts = new Verdicts();
  const prefix = expected._refPrefix;
  if (expected.document) checkDocument(verdicts, parse, expected.document);
  if (expected.indicators) checkIndicators(verdicts, parse, expected.indicators);
  if (expected.items) checkItems(verdicts, parse.items, expected.items, prefix);
  if (expected.deadlines) checkDeadlines(verdicts, parse, expected.deadlines, prefix);
  if (expected.assignments) checkAssignments(verdicts, parse, expected.assignments, prefix);
  if (expected._outOfScopeDates) checkOutOfScopeDates(verdicts, parse, expected._outOfScopeDates);
  return { facts: verdicts.facts, held: verdicts.held, problems: verdicts.problems, softProblems: verdicts.softProblems };
}

/** The facts a correct parse must produce that this one does not; empty when all hold. */
export function checkAgainstExpectedFacts(parse: PlanDocumentParse, expected: ExpectedFacts): string[] {
  return scoreAgainstExpectedFacts(parse, expected).problems;
}

const EMPTY_PARSE: PlanDocumentParse = {
  document: { number: null, kind: 'other', issuer: null, issuedOn: null, title: '', planYear: null },
  indicators: [],
  items: [],
  deadlines: [],
  warnings: [],
};

/** Parses a text and scores it; a text the parser refuses scores as an empty parse, with the reason as one more miss. */
export function scorePlanText(text: string, expected: ExpectedFacts): ExpectedFactsScore {
  try {
    return scoreAgainstExpectedFacts(parsePlanDocument(text), expected);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const empty = scoreAgainstExpectedFacts(EMPTY_PARSE, expected);
    return { ...empty, problems: [`not parsed: ${error.message}`, ...empty.problems] };
  }
}
