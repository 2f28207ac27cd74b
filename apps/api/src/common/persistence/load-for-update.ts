import { DomainError } from '@mandate/domain';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * Locks the row for the rest of the transaction and checks the version the client saw,
 * so concurrent edits get VERSION_CONFLICT instead of overwriting each other.
 */
export async function loadForUpdate<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  return checkedVersion(row, expectedVersion, label);
}

/** The locked row, when it exists and is at the version the client saw: NOT_FOUND or VERSION_CONFLICT otherwise. */
export function checkedVersion<T extends { version: number }>(row: T | null | undefined, expectedVersion: number, label: string): T {
  if (!row) throw new DomainError('NOT_FOUND', `${label} not found.`);
  if (row.version !== expectedVersion) {
    throw new DomainError('VERSION_CONFLICT', `${label} was changed by someone else (version ${row.version}, you sent ${expectedVersion}); reload and try again.`);
  }
  return row;
}

/** Postgres unique_violation, for turning a race on a unique key into a 409. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505';

