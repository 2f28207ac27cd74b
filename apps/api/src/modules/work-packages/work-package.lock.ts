import { Actor, assertCanReadPackageRecords, CalendarDate, DomainError, WorkPackageStatus } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { checkedVersion, loadForUpdate } from '../../common/persistence/load-for-update';
import { preparedQuery } from '../../common/persistence/prepared-query';
import { WorkPackageEntity } from './work-package.entity';

const LABEL = 'Work package';

/** The version to lock on: `If-Match` (`3`, `"3"` or `W/"3"`) wins over the body's `version`. */
export function versionFrom(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
    if (!match || Number(match[1]) < 1) {
      throw new DomainError('VALIDATION_FAILED', 'If-Match must be the version of the package, e.g. "3"', [{ field: 'If-Match', message: 'must be a version number', rule: 'isInt' }]);
    }
    return Number(match[1]);
  }
  if (bodyVersion !== undefined) return bodyVersion;
  throw new DomainError('VALIDATION_FAILED', 'Send the version you last read, as If-Match or as "version"', [{ field: 'version', message: 'is required (or If-Match)', rule: 'required' }]);
}

/** Locks the package row for the transaction; with a version, a stale one is VERSION_CONFLICT. */
export async function lockPackage(manager: EntityManager, id: string, version?: number): Promise<WorkPackageEntity> {
  if (version !== undefined) return loadForUpdate(manager, WorkPackageEntity, id, version, LABEL);
  const row = await manager.findOne(WorkPackageEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new DomainError('NOT_FOUND', `${LABEL} not found.`);
  return row;
}

/** What a workflow move reads of the package: what the domain decides on, the audit records and the reminders depend on. */
export interface MovingPackage {
  id: string;
  planId: string | null;
  leadDepartmentId: string;
  status: WorkPackageStatus;
  progress: number;
  completedOn: CalendarDate | null;
  dueDate: CalendarDate | null;
  version: number;
}

/**
 * The package a workflow move starts from, read by plain SQL without a lock (no entity built): the move's write is
 * guarded by this version (`WorkPackageWriter.move`), so a change in between is a conflict, never overwritten. With
 * the version the client sent, a stale one is VERSION_CONFLICT at once.
 */
export async function readPackageForMove(manager: EntityManager, id: string, version?: number): Promise<MovingPackage> {
  const rows = await preparedQuery<MovingPackage>(
    manager,
    'move-read',
    `SELECT id, plan_id AS "planId", lead_department_id AS "leadDepartmentId", status, progress, to_char(completed_on, 'YYYY-MM-DD') AS "completedOn",
            to_char(due_date, 'YYYY-MM-DD') AS "dueDate", version
       FROM work_packages WHERE id = $1`,
    [id],
  );
  if (version !== undefined) return checkedVersion(rows[0], version, LABEL);
  if (!rows[0]) throw new DomainError('NOT_FOUND', `${LABEL} not found.`);
  return rows[0];
}

export async function findPackageOrFail(manager: EntityManager, id: string): Promise<WorkPackageEntity> {
  const row = await manager.findOne(WorkPackageEntity, { where: { id } });
  if (!row) throw new DomainError('NOT_FOUND', `${LABEL} not found.`);
  return row;
}

/** The package, when this actor may read its reports, comments, history and evidence (need-to-know); 403 otherwise. */
export async function findPackageForRecords(manager: EntityManager, actor: Actor, id: string): Promise<WorkPackageEntity> {
  const row = await findPackageOrFail(manager, id);
  assertCanReadPackageRecords(actor, row);
  return row;
}
