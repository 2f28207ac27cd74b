import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, AuditAction, AuditActorOption, AuditEntityType, AuditEvent, DomainError, ItemList, Page } from '@mandate/domain';
import { EntityManager, Repository } from 'typeorm';
import { currentRequestId } from '../../common/request-context/request-context';
import { AuditEventEntity } from './audit-event.entity';
import { ListAuditQuery } from './dtos/list-audit.query';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { userNames } from '../users/user-names';

export interface AuditRecord {
  actor: Pick<Actor, 'id' | 'username'> | null;
  /** One of the kinds the audit page can name (a new kind is added there too). */
  entityType: AuditEntityType;
  entityId: string | null;
  action: AuditAction;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Writes through the caller's transaction, so the change and its audit event commit or fail together. */
  async actors(): Promise<ItemList<AuditActorOption>> {
    const rows = await this.events.manager.query<AuditActorOption[]>(
      `SELECT u.id::text AS id, u.display_name AS "displayName", u.username FROM users u
        WHERE EXISTS (SELECT 1 FROM audit_events e WHERE e.actor_id = u.id) ORDER BY u.display_name`,
    );
    return { items: rows };
  }

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const event = manager.create(AuditEventEntity, {
      actorId: record.actor?.id ?? null,
      actorUsername: record.actor?.username ?? null,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: currentRequestId(),
    });
    await manager.insert(AuditEventEntity, event);
  }

  async list(query: ListAuditQuery): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? 50;
    const qb = this.events.createQueryBuilder('e').orderBy('e.id', 'DESC').take(limit + 1);
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: query.to });
    if (query.cursor) qb.andWhere('e.id < :after', { after: auditIdOf(query.cursor) });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return {
      items: await withActorNames(this.events.manager, page.map(mapAuditEvent)),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null,
    };
  }
}

/** A cursor holds a bigint id: anything longer than 18 digits could overflow the column, so it is refused here. */
function auditIdOf(cursor: string): string {
  const id = decodeCursor(cursor, 'cursor');
  if (!/^\d{1,18}$/.test(id)) throw new DomainError('VALIDATION_FAILED', 'cursor: is not a cursor this API gave out', [{ field: 'cursor', message: 'is not a cursor this API gave out', rule: 'badCursor' }]);
  return id;
}

/** Adds each actor's display name. */
export const withActorNames = async (manager: EntityManager, events: AuditEvent[]): Promise<AuditEvent[]> => {
  const names = await userNames(manager, events.map((e) => e.actorId));
  return events.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null }));
};

export const mapAuditEvent = (e: AuditEventEntity): AuditEvent => ({
  id: e.id,
  occurredAt: e.occurredAt.toISOString(),
  actorId: e.actorId,
  actorUsername: e.actorUsername,
  entityType: e.entityType,
  entityId: e.entityId,
  action: e.action,
  before: e.before as Record<string, unknown> | null,
  after: e.after as Record<string, unknown> | null,
  requestId: e.requestId,
});
