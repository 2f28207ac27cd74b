import { DomainError, FieldProblem } from '@mandate/domain';
import { EntityManager } from 'typeorm';

export interface PackageReferences {
  planId?: string | null;
  itemRef?: string | null;
  parentId?: string | null;
  leadDepartmentId?: string;
  cooperatingDepartmentIds?: string[];
  assigneeIds?: string[];
  indicatorId?: string | null;
}

const count = async (manager: EntityManager, sql: string, params: unknown[]): Promise<number> => (await manager.query<{ n: number }[]>(sql, params))[0].n;

/**
 * Checks that every id a create or edit names exists (400 naming the field otherwise), and that a
 * parent does not make a loop. `selfId` is the package being edited.
 */
export async function assertReferencesExist(manager: EntityManager, refs: PackageReferences, selfId: string | null, planOf: string | null): Promise<void> {
  const problems: FieldProblem[] = [];
  if (refs.leadDepartmentId && (await count(manager, `SELECT count(*)::int AS n FROM departments WHERE id = $1 AND active`, [refs.leadDepartmentId])) === 0) {
    problems.push({ field: 'leadDepartmentId', message: 'no such active department', rule: 'notActiveDepartment' });
  }
  const cooperating = refs.cooperatingDepartmentIds ?? [];
  if (cooperating.length > 0 && (await count(manager, `SELECT count(*)::int AS n FROM departments WHERE id = ANY($1::uuid[]) AND active`, [cooperating])) !== new Set(cooperating).size) {
    problems.push({ field: 'cooperatingDepartmentIds', message: 'lists a department that does not exist or is inactive', rule: 'notActiveDepartment' });
  }
  const assignees = refs.assigneeIds ?? [];
  if (assignees.length > 0 && (await count(manager, `SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[]) AND active`, [assignees])) !== new Set(assignees).size) {
    problems.push({ field: 'assigneeIds', message: 'lists a user who does not exist or is inactive', rule: 'notFound' });
  }
  if (refs.planId && (await count(manager, `SELECT count(*)::int AS n FROM plans WHERE id = $1`, [refs.planId])) === 0) {
    problems.push({ field: 'planId', message: 'no such plan', rule: 'notFound' });
  }
  if (refs.itemRef) {
    if (!planOf) problems.push({ field: 'itemRef', message: 'an item needs the package to belong to a plan', rule: 'needsPlan' });
    else if ((await count(manager, `SELECT count(*)::int AS n FROM plan_items WHERE plan_id = $1 AND ref = $2`, [planOf, refs.itemRef])) === 0) {
      problems.push({ field: 'itemRef', message: 'no such item in the plan', rule: 'notInPlan', params: { value: refs.itemRef } });
    }
  }
  if (refs.indicatorId) {
    const plan = refs.planId ?? planOf;
    if (!plan) problems.push({ field: 'indicatorId', message: 'an indicator needs the package to belong to a plan', rule: 'needsPlan' });
    else if ((await count(manager, `SELECT count(*)::int AS n FROM plan_indicators WHERE id = $1 AND plan_id = $2`, [refs.indicatorId, plan])) === 0) {
      problems.push({ field: 'indicatorId', message: 'no such indicator in the plan', rule: 'notFound' });
    }
  }
  if (refs.parentId) {
    if (refs.parentId === selfId) problems.push({ field: 'parentId', message: 'a package cannot be its own parent', rule: 'parentLoop' });
    else if ((await count(manager, `SELECT count(*)::int AS n FROM work_packages WHERE id = $1`, [refs.parentId])) === 0) {
      problems.push({ field: 'parentId', message: 'no such work package', rule: 'notFound' });
    } else if (selfId && (await createsLoop(manager, selfId, refs.parentId))) {
      problems.push({ field: 'parentId', message: 'the parent is nested inside this package', rule: 'parentLoop' });
    }
  }
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}

/** True when `selfId` is an ancestor of `parentId` (walks up from the proposed parent). */
async function createsLoop(manager: EntityManager, selfId: string, parentId: string): Promise<boolean> {
  const rows = await manager.query<{ hit: boolean }[]>(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM work_packages WHERE id = $1
       UNION ALL
       SELECT w.id, w.parent_id, up.depth + 1 FROM work_packages w JOIN up ON w.id = up.parent_id WHERE up.depth < 100
     )
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS hit`,
    [parentId, selfId],
  );
  return rows[0].hit;
}
