import { BoardCard, WorkPackage } from '@mandate/domain';
import { EntityManager } from 'typeorm';

/** What a committed change to one package tells live subscribers: the card as it is now, and the scopes it left. */
export interface PackageChangeEvent {
  type: 'package';
  card: BoardCard & { planId: string | null };
  /** Plans and lead departments the package was in, before or after the change. */
  planIds: string[];
  departmentIds: string[];
}

const PENDING = 'mandate.liveChanges';

export const boardCardOf = (pkg: BoardCard & Pick<WorkPackage, 'planId'>): PackageChangeEvent['card'] => ({
  id: pkg.id,
  title: pkg.title,
  status: pkg.status,
  category: pkg.category,
  dueDate: pkg.dueDate,
  leadDepartmentId: pkg.leadDepartmentId,
  itemRef: pkg.itemRef,
  progress: pkg.progress,
  version: pkg.version,
  planId: pkg.planId,
});

/** How a change is published once committed; `LiveUpdatesService` sets it when the API starts (none in the worker). */
let publishCommitted: ((event: PackageChangeEvent) => void) | null = null;

export function setLivePublisher(publish: ((event: PackageChangeEvent) => void) | null): void {
  publishCommitted = publish;
}

/**
 * Notes a package change on the transaction that writes it; `LiveUpdatesService` publishes it once that transaction
 * commits (never for a rollback). Outside a transaction the statement that wrote it has already committed (a move
 * is one statement): it is published now.
 */
export function noteLiveChange(manager: EntityManager, before: Pick<WorkPackage, 'planId' | 'leadDepartmentId'> | null, after: BoardCard & Pick<WorkPackage, 'planId'>): void {
  const runner = manager.queryRunner;
  const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => typeof v === 'string'))];
  if (!runner?.isTransactionActive) {
    publishCommitted?.({ type: 'package', card: boardCardOf(after), planIds: unique([before?.planId, after.planId]), departmentIds: unique([before?.leadDepartmentId, after.leadDepartmentId]) });
    return;
  }
  const pending = ((runner.data as Record<string, unknown>)[PENDING] ??= new Map<string, PackageChangeEvent>()) as Map<string, PackageChangeEvent>;
  const previous = pending.get(after.id);
  pending.set(after.id, {
    type: 'package',
    card: boardCardOf(after),
    planIds: unique([...(previous?.planIds ?? []), before?.planId, after.planId]),
    departmentIds: unique([...(previous?.departmentIds ?? []), before?.leadDepartmentId, after.leadDepartmentId]),
  });
}

/** Takes (and clears) what a transaction noted. */
export function takeLiveChanges(data: Record<string, unknown>): PackageChangeEvent[] {
  const pending = data[PENDING] as Map<string, PackageChangeEvent> | undefined;
  delete data[PENDING];
  return pending ? [...pending.values()] : [];
}
