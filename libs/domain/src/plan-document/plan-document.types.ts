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

export interface PlanDocumentParse {
  document: PlanDocumentMetadata;
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  deadlines: ParsedDeadline[];
  warnings: string[];
}
