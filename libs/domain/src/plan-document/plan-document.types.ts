/** The shape fixed by contracts/plan-parse.md; every string in it is NFC. */

export type PlanDocumentKind = 'nghi-quyet' | 'quyet-dinh' | 'ke-hoach' | 'chuong-trinh' | 'other';

export type IndicatorGroup = 'economy' | 'society' | 'environment' | 'other';

export type TargetComparator = 'gt' | 'gte' | 'lt' | 'lte' | 'between' | 'approx' | 'qualitative';

export interface PlanDocumentMetadata {
  number: string | null;
  kind: PlanDocumentKind;
  issuer: string | null;
  /** ISO date (YYYY-MM-DD). */
  issuedOn: string | null;
  title: string;
  planYear: number | null;
}

/**
 * One measurable figure. A scale word stays in the unit: "74.000 tỷ đồng" is
 * value 74000 with unit "tỷ đồng", "22 triệu lượt khách" is value 22 with unit "triệu lượt khách".
 */
export interface IndicatorTarget {
  comparator: TargetComparator;
  value: number | null;
  /** Upper bound of a 'between' range, otherwise null. */
  max: number | null;
  unit: string | null;
  /** What a sub-target measures ("Thu nội địa"); null for the indicator's own figure. */
  label: string | null;
}

export interface ParsedIndicator {
  code: string;
  group: IndicatorGroup;
  name: string;
  text: string;
  targets: IndicatorTarget[];
  /**
   * The agencies the document makes responsible for this indicator, as written (its table's "chủ trì" column,
   * or an appendix row assigning it); absent where the document names none.
   */
  responsible?: string[];
}

/** Who the document itself gives an item to, as written (contracts/plan-parse.md, "Assignments"). */
export interface ParsedAssignment {
  /** 'chủ trì' / 'cơ quan thực hiện' agencies, one entry per agency. */
  lead: string[];
  /** 'phối hợp' agencies, one entry per agency. */
  cooperating: string[];
  /** The time cell or bullet as written ("Quý III/2026", "Thường xuyên"), or null. */
  dueText: string | null;
  /** 'sản phẩm' / 'kết quả', or null. */
  product: string | null;
}

export interface ParsedItem {
  /** Numbering labels joined by '.', letters lower-case, no ')'; appendix table rows are `PL.<STT>` (`PL.<group>.<STT>` where numbering restarts per group). */
  ref: string;
  title: string;
  paragraphs: string[];
  /** Null where the document names no agency for this item. */
  assignment: ParsedAssignment | null;
  children: ParsedItem[];
}

export interface ParsedDeadline {
  ref: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** The phrase the date was read from, as written. */
  text: string;
}

/** Stable codes of the parser's warnings; the web shows each through its i18n (`import.warnings.<code>`, a web test checks every one). */
export const PARSE_WARNING_CODES = [
  'REPEATED_BLOCK_IGNORED',
  'NO_TITLE_BLOCK',
  'NUMBER_NOT_FOUND',
  'ISSUE_DATE_NOT_FOUND',
  'PLAN_YEAR_NOT_FOUND',
  'INDICATORS_FROM_MARKERS',
  'NO_INDICATORS',
  'NO_TASK_HEADING',
  'AGENCY_SECTIONS_NOT_TASKS',
  'DUE_TEXT_WITHOUT_DATE',
  'DUPLICATE_REFS',
  'TABLE_NOTE',
] as const;
export type ParseWarningCode = (typeof PARSE_WARNING_CODES)[number];

/** A warning someone can act on: what (code), where (line of the given text, 1-based, or null) and the details. */
export interface ParseWarning {
  code: ParseWarningCode;
  line: number | null;
  params: Record<string, string | number>;
}

export interface PlanDocumentParse {
  document: PlanDocumentMetadata;
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  deadlines: ParsedDeadline[];
  warnings: string[];
  /** The same warnings with a code, the line they concern and their details (same order as `warnings`). */
  warningDetails?: ParseWarning[];
}
