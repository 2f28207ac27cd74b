import type { IndicatorGroup, IndicatorTarget, ParsedAssignment, ParsedDeadline, ParseWarning, PlanDocumentKind } from '../plan-document';

/** `POST /api/plans`: the stored plan and how much of the document it kept. */
export interface PlanCreatedResponse {
  id: string;
  number: string | null;
  title: string;
  planYear: number | null;
  indicatorCount: number;
  itemCount: number;
}

/** One row of `GET /api/plans`. */
export interface PlanSummary {
  id: string;
  number: string | null;
  title: string;
  planYear: number | null;
  archived: boolean;
  /** The plan marked current by the UBND office; lists put it first. */
  isCurrent: boolean;
}

export interface PlanIndicatorResponse {
  code: string;
  group: IndicatorGroup;
  name: string;
  text: string;
  targets: IndicatorTarget[];
}

/** An item of the plan's outline, with how many work packages it has. */
export interface PlanItemNode {
  ref: string;
  title: string;
  paragraphs: string[];
  /** Who the document gives the item to, as written (contracts/plan-parse.md). */
  assignment: ParsedAssignment | null;
  packageCount: number;
  children: PlanItemNode[];
}

/** `GET /api/plans/:id`: the plan with its indicators and item tree. */
export interface PlanDetail extends PlanSummary {
  kind: PlanDocumentKind;
  issuer: string | null;
  issuedOn: string | null;
  version: number;
  warnings: string[];
  /** The same warnings with their code and line (plans imported before codes existed have none). */
  warningDetails: ParseWarning[];
  indicators: PlanIndicatorResponse[];
  items: PlanItemNode[];
  deadlines: ParsedDeadline[];
  /** A completion report needs at least one evidence file unless the UBND office relaxed it for this plan. */
  completionEvidenceRequired: boolean;
}

/** `PUT /plans/:id/completion-rules`: the plan's completion setting. */
export interface CompletionRules {
  evidenceRequired: boolean;
}
