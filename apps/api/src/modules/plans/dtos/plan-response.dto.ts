import type { IndicatorGroup, IndicatorTarget, ParsedDeadline, PlanDocumentKind } from '@mandate/domain';
import { PlanIndicatorEntity } from '../plan-indicator.entity';
import { PlanItemEntity } from '../plan-item.entity';
import { PlanEntity } from '../plan.entity';

export interface PlanCreatedResponse {
  id: string;
  number: string | null;
  title: string;
  planYear: number | null;
  indicatorCount: number;
  itemCount: number;
}

export interface PlanSummary {
  id: string;
  number: string | null;
  title: string;
  planYear: number | null;
  archived: boolean;
}

export interface PlanIndicatorResponse {
  code: string;
  group: IndicatorGroup;
  name: string;
  text: string;
  targets: IndicatorTarget[];
}

export interface PlanItemNode {
  ref: string;
  title: string;
  paragraphs: string[];
  packageCount: number;
  children: PlanItemNode[];
}

export interface PlanDetail extends PlanSummary {
  kind: PlanDocumentKind;
  issuer: string | null;
  issuedOn: string | null;
  version: number;
  warnings: string[];
  indicators: PlanIndicatorResponse[];
  items: PlanItemNode[];
  deadlines: Omit<ParsedDeadline, never>[];
}

export const mapPlanSummary = (p: PlanEntity): PlanSummary => ({ id: p.id, number: p.number, title: p.title, planYear: p.planYear, archived: p.archived });

export const mapIndicator = (i: PlanIndicatorEntity): PlanIndicatorResponse => ({ code: i.code, group: i.group, name: i.name, text: i.text, targets: i.targets });

/** Rebuilds the tree from rows in document order; a row whose parent is missing becomes a root. */
export function itemTreeOf(rows: readonly PlanItemEntity[], packageCounts: ReadonlyMap<string, number>): PlanItemNode[] {
  const nodes = new Map<string, PlanItemNode>();
  const roots: PlanItemNode[] = [];
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const node: PlanItemNode = { ref: row.ref, title: row.title, paragraphs: row.paragraphs, packageCount: packageCounts.get(row.ref) ?? 0, children: [] };
    nodes.set(row.ref, node);
    const parent = row.parentRef ? nodes.get(row.parentRef) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
