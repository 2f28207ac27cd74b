import type { IndicatorTarget, ParsedIndicator, ParsedItem, PlanDocumentParse } from './plan-document.types';
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
  group?: string;
  textIncludes?: string;
  targets?: ExpectedTarget[];
}

export interface ExpectedItem {
  ref: string;
  paragraphs?: number;
  children?: ExpectedItem[];
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
  deadlines?: Array<{ ref: string; date: string }>;
}

const EPSILON = 1e-9;

function includesLoosely(haystack: string | null | undefined, needle: string): boolean {
  return haystack !== null && haystack !== undefined && foldText(haystack).includes(foldText(needle));
}

function sameNumber(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) < EPSILON;
}

/** "III.2.a" also answers to "2.a": a check may leave out the Roman prefix. */
function refMatches(actual: string, expected: string): boolean {
  if (actual === expected) return true;
  const withoutRoman = (ref: string): string => ref.replace(/^[IVXL]+\./, '');
  return withoutRoman(actual) === withoutRoman(expected);
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

function checkDocument(parse: PlanDocumentParse, expected: NonNullable<ExpectedFacts['document']>): string[] {
  const problems: string[] = [];
  const actual = parse.document;
  if (expected.number !== undefined && foldText(actual.number ?? '') !== foldText(expected.number ?? '')) {
    problems.push(`document.number: expected ${expected.number}, got ${actual.number}`);
  }
  for (const field of ['kind', 'issuedOn', 'planYear'] as const) {
    if (expected[field] !== undefined && actual[field] !== expected[field]) {
      problems.push(`document.${field}: expected ${expected[field]}, got ${actual[field]}`);
    }
  }
  if (expected.issuerIncludes !== undefined && !includesLoosely(actual.issuer, expected.issuerIncludes)) {
    problems.push(`document.issuer: expected to include "${expected.issuerIncludes}", got ${actual.issuer}`);
  }
  if (expected.titleIncludes !== undefined && !includesLoosely(actual.title, expected.titleIncludes)) {
    problems.push(`document.title: expected to include "${expected.titleIncludes}", got ${actual.title}`);
  }
  return problems;
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
  if (expected.targets === undefined) return problems;
  if (actual.targets.length !== expected.targets.length) {
    problems.push(`${where}: expected ${expected.targets.length} targets, got ${actual.targets.length}`);
  }
  expected.targets.forEach((target, index) => {
    const found = actual.targets[index];
    if (found !== undefined) problems.push(...checkTarget(`${where}.targets[${index}]`, found, target));
  });
  return problems;
}

function checkIndicators(parse: PlanDocumentParse, expected: ExpectedIndicator[]): string[] {
  const problems: string[] = [];
  if (parse.indicators.length !== expected.length) {
    problems.push(`indicators: expected ${expected.length}, got ${parse.indicators.length}`);
  }
  for (const indicator of expected) {
    const found = parse.indicators.find((candidate) => candidate.code === indicator.code);
    if (found === undefined) problems.push(`indicator ${indicator.code}: missing`);
    else problems.push(...checkIndicator(found, indicator));
  }
  return problems;
}

function checkItems(scope: ParsedItem[], expected: ExpectedItem[]): string[] {
  const problems: string[] = [];
  const candidates = flatten(scope);
  for (const item of expected) {
    const found = candidates.find((candidate) => refMatches(candidate.ref, item.ref));
    if (found === undefined) {
      problems.push(`item ${item.ref}: missing`);
      continue;
    }
    if (item.paragraphs !== undefined && found.paragraphs.length !== item.paragraphs) {
      problems.push(`item ${item.ref}: expected ${item.paragraphs} paragraphs, got ${found.paragraphs.length}`);
    }
    if (item.children !== undefined) problems.push(...checkItems(found.children, item.children));
  }
  return problems;
}

function checkDeadlines(parse: PlanDocumentParse, expected: Array<{ ref: string; date: string }>): string[] {
  return expected
    .filter((deadline) => !parse.deadlines.some((found) => found.date === deadline.date && refMatches(found.ref, deadline.ref)))
    .map((deadline) => `deadline ${deadline.ref} ${deadline.date}: missing`);
}

/**
 * Compares a parse with an expected-facts file: comparators from a list, units and texts as
 * case- and diacritic-insensitive substrings, numbers as numbers, items found by ref at any depth,
 * deadlines that must be present (more are allowed). Returns the mismatches; empty when all hold.
 */
export function checkAgainstExpectedFacts(parse: PlanDocumentParse, expected: ExpectedFacts): string[] {
  return [
    ...(expected.document ? checkDocument(parse, expected.document) : []),
    ...(expected.indicators ? checkIndicators(parse, expected.indicators) : []),
    ...(expected.items ? checkItems(parse.items, expected.items) : []),
    ...(expected.deadlines ? checkDeadlines(parse, expected.deadlines) : []),
  ];
}
