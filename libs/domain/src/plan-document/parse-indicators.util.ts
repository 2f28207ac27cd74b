import { groupOfText, readBulletIndicators } from './bullet-indicators.util';
import { flattenOutline, type OutlineNode } from './outline.util';
import { isTaskHeading } from './task-sections.util';
import { splitAgencyCell } from './agencies.util';
import type { ParsedTable } from './parse-tables.util';
import { extractTargets, type TargetMatch } from './parse-targets.util';
import { warning } from './parse-warnings.util';
import type { IndicatorGroup, IndicatorTarget, ParsedIndicator, ParseWarning } from './plan-document.types';
import { capitalizeFirst, foldText, squeezeSpaces } from './text-fold.util';

const INDICATOR_HEADING = /^(?:cac |nhung |mot so |he thong )?(?:muc tieu,? (?:va )?(?:cac )?)?(?:nhom )?chi tieu/;
const MARKER = /\((\d{1,4})\)\s*/g;
const MAX_GROUP_HEADER = 90;
const MAX_NAME = 200;
const MAX_LABEL = 150;

/** A piece of the indicator section: a heading's title or a paragraph, with the heading's label. */
interface SectionUnit {
  label: string | null;
  style: string | null;
  text: string;
}

/** "II. MỤC TIÊU": objectives that may hold the targets as bullets when no part is headed "chỉ tiêu". */
const OBJECTIVES_HEADING = /^(?:cac )?muc tieu(?:$|[,:.]| cu the| va | den nam| chu yeu)/;

function firstHeading(roots: OutlineNode[], heading: RegExp): OutlineNode | null {
  const pending = [...roots].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as OutlineNode;
    if (isTaskHeading(node)) continue;
    if (node.title.length <= 200 && heading.test(foldText(node.title))) return node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i]);
  }
  return null;
}

/**
 * "2. Các chỉ tiêu chủ yếu", "II. MỤC TIÊU, CHỈ TIÊU": the first such heading outside the tasks; else a
 * "Chỉ tiêu chủ yếu đến năm 2030" sub-heading inside a task part that holds a list of figures (a plan that lists
 * its targets among its main contents); else "II. MỤC TIÊU". A section inside a task part is not an item.
 */
export function findIndicatorSection(roots: OutlineNode[], documentTitle = ''): OutlineNode | null {
  return firstHeading(roots, INDICATOR_HEADING) ?? indicatorListInTasks(roots, documentTitle) ?? firstHeading(roots, OBJECTIVES_HEADING);
}

function indicatorListInTasks(roots: OutlineNode[], documentTitle: string): OutlineNode | null {
  const pending = roots.filter(isTaskHeading).flatMap((part) => [...part.children]).reverse();
  while (pending.length > 0) {
    const node = pending.pop() as OutlineNode;
    if (node.title.length <= 200 && INDICATOR_HEADING.test(foldText(node.title))) {
      const drafts = draftsOfSection(node, documentTitle);
      const figured = drafts.filter((draft) => extractTargets(draft.text).length > 0).length;
      if (drafts.length >= 2 && figured * 2 >= drafts.length) return node;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i]);
  }
  return null;
}

/** The indicators a section writes as "(n)" markers, else as bullets, else (under a "chỉ tiêu" heading) as a numbered list. */
function draftsOfSection(section: OutlineNode, documentTitle: string): Draft[] {
  const units = unitsOf(section);
  const fallback = groupOfText(documentTitle) ?? 'other';
  const marked = readMarkedIndicators(units, fallback);
  if (marked.length > 0) return marked;
  const bullets = readBulletIndicators(section, groupOfText(documentTitle), (text) => groupOfHeader(text) !== null);
  if (bullets.length > 0) return bullets;
  return INDICATOR_HEADING.test(foldText(section.title)) ? readListedIndicators(units, fallback) : [];
}

/** "Về kinh tế:", "b) Các chỉ tiêu về xã hội", "Nhóm chỉ tiêu môi trường" name a group, not an indicator. */
export function groupOfHeader(text: string): IndicatorGroup | null {
  if (text.length > MAX_GROUP_HEADER * 2) return null;
  const folded = squeezeSpaces(foldText(text)).replace(/[:.\s]+$/, '');
  if (folded.length === 0 || folded.length > MAX_GROUP_HEADER || /\d/.test(folded)) return null;
  if (/moi truong|tai nguyen/.test(folded)) return 'environment';
  const economy = /kinh te/.test(folded);
  const society = /xa hoi|van hoa|y te|giao duc|lao dong|dan so|an sinh/.test(folded);
  if (economy && !society) return 'economy';
  if (society && !economy) return 'society';
  if (/quoc phong|an ninh|chinh quyen|khac|kinh te/.test(folded)) return 'other';
  return null;
}

function unitsOf(section: OutlineNode): SectionUnit[] {
  const units: SectionUnit[] = [];
  for (const node of flattenOutline([section])) {
    units.push({ label: node === section ? null : node.label, style: node === section ? null : node.style, text: node.title });
    for (const paragraph of node.paragraphs) units.push({ label: null, style: null, text: paragraph });
  }
  return units;
}

interface Draft {
  code: string;
  group: IndicatorGroup;
  text: string;
}

/**
 * Indicators numbered "(1)", "(2)", ... whether run together on one line or one per line. A "(1)" that opens a
 * line under a new sub-heading starts another list ("a) Mục tiêu chung" (1)–(6), "b) Theo ngành" (1)–(9)); when
 * a section holds several lists, each code carries its sub-heading's label ("a.3", "b.1", "2.14"), as for
 * bullet lists, so every code stays unique.
 */
function readMarkedIndicators(units: SectionUnit[], fallback: IndicatorGroup): Draft[] {
  const drafts: Array<Draft & { list: string | null }> = [];
  let group = fallback;
  let last = 0;
  let lists = 0;
  let list: string | null = null;
  /** The label of the latest sub-heading since the last marker, if any. */
  let heading: string | null = null;
  const restarts = (code: number, atStart: boolean) => code === 1 && atStart && last > 0 && heading !== null;
  const open = (code: number) => {
    if (last === 0 || code === 1) {
      lists += 1;
      list = heading;
    }
    last = code;
    heading = null;
  };
  for (const unit of units) {
    const markers: Array<{ code: number; start: number; end: number }> = [];
    if (unit.style === 'paren-arabic' && (Number(unit.label) === last + 1 || restarts(Number(unit.label), true))) {
      markers.push({ code: Number(unit.label), start: 0, end: 0 });
      open(Number(unit.label));
    } else if (unit.label !== null && unit.style !== 'paren-arabic') heading = unit.label;
    MARKER.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = MARKER.exec(unit.text)) !== null) {
      const code = Number(found[1]);
      const atStart = unit.text.slice(0, found.index).trim() === '';
      if (code !== last + 1 && !(last === 0 && drafts.length === 0 && code === 1) && !restarts(code, atStart)) continue;
      markers.push({ code, start: found.index, end: found.index + found[0].length });
      open(code);
    }
    const prefix = unit.text.slice(0, markers.length > 0 ? markers[0].start : unit.text.length).trim();
    // "a) Về kinh tế:" names a group; a sub-heading "1. Phát triển kinh tế số đến năm 2030 (16 mục tiêu)" speaks of one.
    const header = groupOfHeader(prefix) ?? (unit.label !== null && unit.style !== 'paren-arabic' ? groupOfText(prefix) : null);
    if (header !== null) group = header;
    else if (prefix !== '' && drafts.length > 0 && unit.label === null && heading === null) drafts[drafts.length - 1].text += ` ${prefix}`;
    markers.forEach((marker, index) => {
      const end = index + 1 < markers.length ? markers[index + 1].start : unit.text.length;
      drafts.push({ code: String(marker.code), group, text: unit.text.slice(marker.end, end).trim(), list });
    });
  }
  return drafts.map(({ list: listLabel, ...draft }) => (lists > 1 && listLabel !== null ? { ...draft, code: `${listLabel}.${draft.code}` } : draft));
}

const HAS_FIGURE_OR_GOAL = /\d|không còn|dẫn đầu|đứng đầu|hoàn thành|duy trì/u;

/** Indicators written as a list ("- Tốc độ tăng trưởng ... đạt 8%", "1. ...") without "(n)" markers. */
function readListedIndicators(units: SectionUnit[], fallback: IndicatorGroup): Draft[] {
  const drafts: Draft[] = [];
  let group = fallback;
  for (const unit of units.slice(1)) {
    const header = groupOfHeader(unit.text);
    if (header !== null) {
      group = header;
      continue;
    }
    if (!HAS_FIGURE_OR_GOAL.test(unit.text)) continue;
    const code = unit.label !== null && /^\d/.test(unit.label) ? unit.label : String(drafts.length + 1);
    drafts.push({ code, group, text: unit.text });
  }
  return drafts;
}

const LEADING_FILLER = /^(?:[\s,;:.()\-–]+|(?:và|trong đó|còn|riêng|với|gồm|bao gồm|trở lên|trở xuống)(?![\p{L}]))+/iu;
const TRAILING_FILLER = /(?:[\s,;:(\-–]+|(?<![\p{L}])(?:đạt|là|ở|ở mức|bằng|phấn đấu|từ|giảm|tăng|cho|xuống)(?![\p{L}]))+$/iu;

function tidy(text: string): string {
  return squeezeSpaces(text).replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
}

/** The words between the previous figure and this one name a sub-target: "trong đó: Thu nội địa đạt ...". */
function labelBetween(text: string, from: number, to: number): string | null {
  if (to <= from) return null;
  const between = text.slice(from, to);
  const clauseStart = Math.max(between.lastIndexOf(';'), between.lastIndexOf('. '));
  let label = tidy(between.slice(clauseStart + 1));
  if (label.length > MAX_LABEL) label = tidy(label.slice(Math.max(label.lastIndexOf('. '), label.lastIndexOf('; ')) + 1));
  return label.length === 0 || label.length > MAX_LABEL ? null : label;
}

function nameOf(text: string, first: TargetMatch | undefined): string {
  let cut = text.length;
  const reach = /(?<![\p{L}])đạt(?![\p{L}])/iu.exec(text);
  if (first !== undefined) cut = first.phraseStart;
  else if (reach !== null && reach.index > 0) cut = reach.index;
  let name = tidy(text.slice(0, cut).replace(/^phấn đấu\s+/iu, ''));
  if (name.length < 3) name = tidy(text.split(/[;.]\s/u)[0] ?? text);
  name = name.replace(/[.;]+$/u, '');
  return capitalizeFirst(name.length > MAX_NAME ? `${name.slice(0, MAX_NAME).trimEnd()}…` : name);
}

function qualitative(): IndicatorTarget {
  return { comparator: 'qualitative', value: null, max: null, unit: null, label: null };
}

function toIndicator(draft: Draft): ParsedIndicator {
  const text = squeezeSpaces(draft.text);
  const matches = extractTargets(text);
  const targets = matches.map((match, index) => ({
    ...match.target,
    label: index === 0 ? null : labelBetween(text, matches[index - 1].end, match.phraseStart),
  }));
  return {
    code: draft.code,
    group: draft.group,
    name: nameOf(text, matches[0]),
    text,
    targets: targets.length > 0 ? targets : [qualitative()],
  };
}

export interface IndicatorsResult {
  indicators: ParsedIndicator[];
  warnings: ParseWarning[];
}

/** Indicators from the "chỉ tiêu" section; failing that, a "(1) ... (n)" run anywhere outside the tasks, or a table. */
export function parseIndicators(
  roots: OutlineNode[],
  section: OutlineNode | null,
  tables: ParsedTable[],
  documentTitle = '',
): IndicatorsResult {
  if (section !== null) {
    const drafts = draftsOfSection(section, documentTitle);
    if (drafts.length > 0) return { indicators: drafts.map(toIndicator), warnings: [] };
  }
  const outsideTasks = roots.flatMap((root) => (isTaskHeading(root) ? [] : [root]));
  const loose = readMarkedIndicators(outsideTasks.flatMap((root) => unitsOf(root)), groupOfText(documentTitle) ?? 'other');
  const figured = loose.filter((draft) => extractTargets(draft.text).length > 0).length;
  if (loose.length >= 3 && figured * 2 >= loose.length) {
    return { indicators: loose.map(toIndicator), warnings: [warning('INDICATORS_FROM_MARKERS')] };
  }
  const fromTables = indicatorsFromTables(tables);
  if (fromTables.length > 0) return { indicators: fromTables, warnings: [] };
  return { indicators: [], warnings: [warning('NO_INDICATORS', section?.line ?? null)] };
}

/** An appendix table "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026": one indicator per numbered row. */
function indicatorsFromTables(tables: ParsedTable[]): ParsedIndicator[] {
  const indicators: ParsedIndicator[] = [];
  for (const table of tables) {
    if (table.kind !== 'indicators') continue;
    let group: IndicatorGroup = 'other';
    for (const row of table.rows) {
      const name = row.cells.indicator ?? '';
      if (row.group) {
        group = groupOfHeader(name) ?? group;
        continue;
      }
      const value = row.cells.value ?? '';
      const targets = extractTargets(value).map((match) => ({
        ...match.target,
        unit: match.target.unit ?? row.cells.unit ?? null,
      }));
      indicators.push({
        code: row.stt,
        group,
        name: capitalizeFirst(tidy(name)),
        text: squeezeSpaces([name, value, row.cells.unit ?? ''].join(' ')),
        targets: targets.length > 0 ? targets : [qualitative()],
        ...(row.cells.lead ? { responsible: splitAgencyCell(row.cells.lead) } : {}),
      });
    }
  }
  return indicators;
}
