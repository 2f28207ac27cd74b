import { DomainError } from '../errors/domain-error';
import { NON_PLAN_MESSAGES, nonPlanKind } from './document-kind.util';
import { locateDocument, type DocumentSegment } from './locate-document.util';
import { normalizeText } from './normalize-text.util';
import { buildOutline, flattenOutline, usesBlankLineParagraphs, type OutlineNode } from './outline.util';
import { withResponsibleAgencies } from './indicator-responsible.util';
import { findIndicatorSection, parseIndicators } from './parse-indicators.util';
import { deadlinesOfItems, flattenItems, parseItems, selectTaskSections } from './parse-items.util';
import { parseMetadata } from './parse-metadata.util';
import { findTables, type ParsedTable } from './parse-tables.util';
import { itemsFromTables } from './table-items.util';
import { warning, warningText, withSourceLines } from './parse-warnings.util';
import type { ParsedDeadline, ParsedItem, ParseWarning, PlanDocumentParse } from './plan-document.types';
import { assignFromText } from './text-assignments.util';

const PLANNING_TERMS = ['chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'kế hoạch', 'mục tiêu', 'triển khai', 'tổ chức thực hiện'];
/** Enough of the text to judge its vocabulary without folding megabytes. */
const VOCABULARY_SAMPLE = 200_000;

interface Structure {
  roots: OutlineNode[];
  tables: ParsedTable[];
}

function readStructure(lines: string[], segments: DocumentSegment[]): Structure {
  const roots: OutlineNode[] = [];
  const tables: ParsedTable[] = [];
  for (const segment of segments) {
    const segmentLines = lines.slice(segment.start, segment.end);
    const found = findTables(segmentLines);
    const segmentRoots = buildOutline(segmentLines, found.consumed, usesBlankLineParagraphs(segmentLines));
    for (const node of flattenOutline(segmentRoots)) node.line += segment.start;
    roots.push(...segmentRoots);
    tables.push(...found.tables);
  }
  return { roots, tables };
}

function planningTermCount(lines: string[]): number {
  const sample = lines.join('\n').slice(0, VOCABULARY_SAMPLE).toLowerCase();
  return PLANNING_TERMS.filter((term) => sample.includes(term)).length;
}

/** The same date for the same item, read from its text and from its assignment, is one deadline. */
function withoutRepeats(deadlines: ParsedDeadline[]): ParsedDeadline[] {
  const seen = new Set<string>();
  return deadlines.filter((deadline) => {
    const key = `${deadline.ref}|${deadline.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function duplicateRefWarnings(items: ParsedItem[]): ParseWarning[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of flattenItems(items)) {
    if (seen.has(item.ref)) repeated.add(item.ref);
    seen.add(item.ref);
  }
  return repeated.size === 0 ? [] : [warning('DUPLICATE_REFS', null, { refs: [...repeated].slice(0, 10).join(', ') })];
}

/**
 * Parses the text of a planning document (an HĐND resolution, a UBND plan or decision) into its
 * metadata, key indicators, tasks-and-solutions tree and deadlines. Pure and synchronous.
 * Throws DomainError VALIDATION_FAILED for empty text and NOT_A_PLANNING_DOCUMENT for other texts.
 */
export function parsePlanDocument(text: string): PlanDocumentParse {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DomainError('VALIDATION_FAILED', 'The text is empty (văn bản trống).');
  }
  const normalized = normalizeText(text);
  if (normalized.lines.length === 0) throw new DomainError('VALIDATION_FAILED', 'The text is empty (văn bản trống).');
  const { lines } = normalized;
  const located = locateDocument(lines);
  const main = located.segments.find((segment) => segment.titleLine >= 0) ?? located.segments[0];
  const metadata = parseMetadata(lines, main);
  const { planYear } = metadata.document;
  const { roots, tables } = readStructure(lines, located.segments);
  const section = findIndicatorSection(roots, metadata.document.title);
  const indicators = parseIndicators(roots, section, tables, metadata.document.title);
  const textItems = parseItems(roots, section);
  const assigned = assignFromText(textItems.items, planYear);
  const tableItems = itemsFromTables(tables, planYear);
  const items = [...textItems.items, ...tableItems.items];
  const hasTitle = main.titleLine >= 0;
  const hasTasks = selectTaskSections(roots).length > 0;
  const structured = indicators.indicators.length > 0 || items.length > 0;
  if (!structured || planningTermCount(lines) < 2 || !(hasTitle || hasTasks || indicators.indicators.length >= 3)) {
    throw new DomainError(
      'NOT_A_PLANNING_DOCUMENT',
      'The text is not a recognisable planning document: no title block, key indicators or tasks were found (không phải văn bản kế hoạch).',
    );
  }
  const refused = nonPlanKind(metadata.document, roots, section === null ? 0 : indicators.indicators.length, tableItems.items.length);
  if (refused !== null) throw new DomainError('NOT_A_PLANNING_DOCUMENT', NON_PLAN_MESSAGES[refused]);
  const warningDetails = [
    ...normalized.warnings,
    ...withSourceLines([...located.warnings, ...metadata.warnings, ...indicators.warnings, ...textItems.warnings], normalized.origins),
    ...assigned.warnings,
    ...tableItems.warnings.map((message) => warning('TABLE_NOTE', null, { message })),
    ...duplicateRefWarnings(items),
  ];
  return {
    document: metadata.document,
    indicators: withResponsibleAgencies(indicators.indicators, tables),
    items,
    deadlines: withoutRepeats([...deadlinesOfItems(textItems.items, planYear), ...assigned.deadlines, ...tableItems.deadlines]),
    warnings: warningDetails.map(warningText),
    warningDetails,
  };
}
