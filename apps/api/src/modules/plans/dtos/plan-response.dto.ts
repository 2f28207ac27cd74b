import type { PlanIndicatorResponse, PlanItemNode, PlanSummary } from '@mandate/domain';
import { PlanIndicatorEntity } from '../plan-indicator.entity';
import { PlanItemEntity } from '../plan-item.entity';
import { PlanEntity } from '../plan.entity';

export const mapPlanSummary = (p: PlanEntity): PlanSummary => ({ id: p.id, number: p.number, title: p.title, planYear: p.planYear, archived: p.archived, isCurrent: p.isCurrent });

export const mapIndicator = (i: PlanIndicatorEntity): PlanIndicatorResponse => ({ code: i.code, group: i.group, name: i.name, text: i.text, targets: i.targets });

/** Rebuilds the tree from rows in document order; a row whose parent is missing becomes a root. */
export function itemTreeOf(rows: readonly PlanItemEntity[], packageCounts: ReadonlyMap<string, number>): PlanItemNode[] {
  const nodes = new Map<string, PlanItemNode>();
  const roots: PlanItemNode[] = [];
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const node: PlanItemNode = { ref: row.ref, title: row.title, paragraphs: row.paragraphs, assignment: row.assignment ?? null, packageCount: packageCounts.get(row.ref) ?? 0, children: [] };
    nodes.set(row.ref, node);
    const parent = row.parentRef ? nodes.get(row.parentRef) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
