import { Injectable } from '@nestjs/common';
import { Actor, AuditAction, changesReminders, DomainError, FieldProblem, MovedWorkPackage, todayIn, TransitionEffect, validateWorkPackageInput, WorkPackage, WorkPackageInputCandidate } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { preparedQuery } from '../../common/persistence/prepared-query';
import { currentRequestId } from '../../common/request-context/request-context';
import { noteLiveChange } from '../live/live-change';
import { ReminderOutboxService } from '../reminders/reminder-outbox.service';
import { assertReferencesExist, PackageReferences } from './work-package-references';
import { WorkPackageAssigneeEntity } from './work-package-assignee.entity';
import { WorkPackageEntity } from './work-package.entity';
import { WorkPackagesRepository } from './work-packages.repository';
import { MovingPackage } from './work-package.lock';
import { categorySql, SqlParams } from './work-package.sql';

export const validationFailed = (problems: FieldProblem[]): DomainError =>
  new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : null);

/** The package as `validateWorkPackageInput` sees it, so an edit is checked as the whole record it produces. */
const inputOf = (row: WorkPackageEntity, assigneeIds: string[]): WorkPackageInputCandidate => ({
  title: row.title,
  description: row.description,
  sourceText: row.sourceText,
  planId: row.planId,
  itemRef: row.itemRef,
  parentId: row.parentId,
  leadDepartmentId: row.leadDepartmentId,
  cooperatingDepartmentIds: row.cooperatingDepartmentIds,
  assigneeIds,
  startDate: row.startDate,
  dueDate: row.dueDate,
  expectedOutput: row.expectedOutput,
  progress: row.progress,
  priority: row.priority,
  target: row.target,
  indicatorId: row.indicatorId,
});

/** Entity columns for validated input; only the keys present are returned. */
const columnsOf = (input: WorkPackageInputCandidate): Partial<WorkPackageEntity> => {
  const columns: Partial<WorkPackageEntity> = {};
  const set = <K extends keyof WorkPackageEntity>(key: K, value: WorkPackageEntity[K]) => (columns[key] = value);
  if ('title' in input) set('title', String(input.title).trim());
  if ('description' in input) set('description', typeof input.description === 'string' ? input.description.trim() : '');
  if ('sourceText' in input) set('sourceText', optionalText(input.sourceText));
  if ('planId' in input) set('planId', (input.planId as string | null) ?? null);
  if ('itemRef' in input) set('itemRef', optionalText(input.itemRef));
  if ('parentId' in input) set('parentId', (input.parentId as string | null) ?? null);
  if ('leadDepartmentId' in input) set('leadDepartmentId', input.leadDepartmentId as string);
  if ('cooperatingDepartmentIds' in input) set('cooperatingDepartmentIds', (input.cooperatingDepartmentIds as string[] | undefined) ?? []);
  if ('startDate' in input) set('startDate', (input.startDate as string | null) ?? null);
  if ('dueDate' in input) set('dueDate', (input.dueDate as string | null) ?? null);
  if ('expectedOutput' in input) set('expectedOutput', optionalText(input.expectedOutput));
  if ('progress' in input) set('progress', input.progress as number);
  if ('priority' in input) set('priority', input.priority as WorkPackageEntity['priority']);
  if ('target' in input) set('target', (input.target as WorkPackageEntity['target']) ?? null);
  if ('indicatorId' in input) set('indicatorId', (input.indicatorId as string | null) ?? null);
  return columns;
};

export interface PackageAudit {
  action: AuditAction;
  before: object;
  after: object;
}

export interface PackageChange {
  /** Fields a person edited: validated as the whole record they produce, their references checked. */
  fields?: WorkPackageInputCandidate;
  /** Columns a domain rule already decided (a workflow move, an approved extension, a report's progress). */
  set?: Partial<WorkPackageEntity>;
  /** The audit event; by default an `update` with the whole package before and after. */
  audit?: (after: WorkPackage) => PackageAudit;
}

type AuditActor = Pick<Actor, 'id' | 'username'> | null;

/** The columns a workflow move may write (`TransitionEffect['set']`). */
const MOVE_COLUMNS: Record<keyof TransitionEffect['set'], string> = { status: 'status', progress: 'progress', completedOn: 'completed_on' };

/** A moved package as `move` reads it back: its card and what the contract promises of the package. */
export type MovedPackage = Omit<MovedWorkPackage, 'allowedTransitions'>;

/** The workflow's columns after a move, known before it is written: the row is locked, so the version is the next one. */
export type MovedColumns = Pick<MovingPackage, 'status' | 'progress' | 'completedOn' | 'version'>;

/**
 * The one write path of `work_packages`: every insert and update validates, writes its audit event and, when
 * `changesReminders` says so, its reminder outbox row, all through the caller's transaction.
 */
@Injectable()
export class WorkPackageWriter {
  constructor(
    private readonly packages: WorkPackagesRepository,
    private readonly audit: AuditService,
    private readonly reminders: ReminderOutboxService,
  ) {}

  async create(manager: EntityManager, actor: AuditActor, fields: WorkPackageInputCandidate): Promise<WorkPackage> {
    const created = await this.insert(manager, actor, fields, null);
    // Without a break-down key only the random primary key could collide: a bug, not a user's mistake.
    if (!created) throw new Error('A work package insert stored nothing.');
    return created;
  }

  /** Creates the package a break-down proposal stands for, once: a key already stored for the plan inserts nothing (null). */
  async createOnce(manager: EntityManager, actor: AuditActor, fields: WorkPackageInputCandidate, breakdownKey: string): Promise<WorkPackage | null> {
    return this.insert(manager, actor, fields, breakdownKey);
  }

  private async insert(manager: EntityManager, actor: AuditActor, fields: WorkPackageInputCandidate, breakdownKey: string | null): Promise<WorkPackage | null> {
    const problems = validateWorkPackageInput(fields);
    if (problems.length > 0) throw validationFailed(problems);
    await assertReferencesExist(manager, fields as PackageReferences, null, (fields.planId as string | null | undefined) ?? null);
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(WorkPackageEntity)
      .values({ ...columnsOf(fields), breakdownKey })
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    const inserted = result.raw as { id: string }[];
    if (inserted.length === 0) return null;
    const id = inserted[0].id;
    if (Array.isArray(fields.assigneeIds)) await this.replaceAssignees(manager, id, fields.assigneeIds as string[]);
    const after = await this.read(manager, id);
    await this.audit.record(manager, { actor, entityType: 'work_package', entityId: id, action: 'create', after });
    await this.reminders.recordDeadlineChange(manager, id);
    noteLiveChange(manager, null, after);
    return after;
  }

  /** Updates a package the caller has locked (`lockPackage`), bumping its version even when only assignees change. */
  async update(manager: EntityManager, actor: AuditActor, row: WorkPackageEntity, change: PackageChange): Promise<WorkPackage> {
    const before = await this.read(manager, row.id);
    const fields = change.fields ?? {};
    if (change.fields) {
      const problems = validateWorkPackageInput({ ...inputOf(row, before.assigneeIds), ...fields });
      if (problems.length > 0) throw validationFailed(problems);
      await assertReferencesExist(manager, fields as PackageReferences, row.id, row.planId);
    }
    const set = { ...columnsOf(fields), ...change.set, version: () => 'version + 1' };
    let after: WorkPackage;
    if (fields.assigneeIds !== undefined) {
      await manager.createQueryBuilder().update(WorkPackageEntity).set(set).where('id = :id', { id: row.id }).execute();
      await this.replaceAssignees(manager, row.id, fields.assigneeIds as string[]);
      after = await this.read(manager, row.id);
    } else {
      // The common case (a move, an edit of fields): written and read back in one statement.
      const updated = await this.packages.updateAndRead(manager, row.id, set, todayIn(new Date()));
      if (!updated) throw new DomainError('NOT_FOUND', 'Work package not found.');
      after = updated;
    }
    const audit = change.audit ? change.audit(after) : { action: 'update' as const, before, after };
    await this.audit.record(manager, { actor, entityType: 'work_package', entityId: row.id, ...audit });
    if (changesReminders(before, after)) await this.reminders.recordDeadlineChange(manager, row.id);
    noteLiveChange(manager, before, after);
    return after;
  }

  /**
   * A workflow move of the package as `readPackageForMove` read it: one statement writes the columns the domain
   * decided if the row is still at the version read (VERSION_CONFLICT otherwise: someone moved or edited it in
   * between), bumps the version, inserts the audit event (the row `AuditService.record` would write), the reminder
   * outbox row when `changesReminders` says so, and reads back the card; then the live update. Outside a transaction
   * that statement is the whole move: one round trip. No entity is built.
   */
  async move(manager: EntityManager, actor: AuditActor, row: MovingPackage, set: TransitionEffect['set'], audit: (after: MovedColumns) => PackageAudit): Promise<MovedPackage> {
    const after: MovedColumns = { status: set.status, progress: set.progress ?? row.progress, completedOn: 'completedOn' in set ? (set.completedOn ?? null) : row.completedOn, version: row.version + 1 };
    const event = audit(after);
    const params = new SqlParams();
    // In one order, so each set of columns is one statement text (a prepared statement per variant).
    const columns = (Object.keys(MOVE_COLUMNS) as (keyof TransitionEffect['set'])[]).filter((key) => key in set);
    const assignments = columns.map((key) => `${MOVE_COLUMNS[key]} = ${params.p(set[key] ?? null)}`);
    // A move writes no due date, so the reminders change only when the package closes or reopens.
    const reminders = changesReminders(row, { status: after.status, dueDate: row.dueDate });
    const outbox = reminders ? `, outbox AS (${this.reminders.deadlineChangeSql('moved')})` : '';
    const [moved] = await preparedQuery<MovedPackage>(
      manager,
      `move-write:${columns.join(',')}${reminders ? ':outbox' : ''}`,
      `WITH moved AS (
         UPDATE work_packages wp SET ${assignments.join(', ')}, version = wp.version + 1, updated_at = CURRENT_TIMESTAMP
          WHERE wp.id = ${params.p(row.id)} AND wp.version = ${params.p(row.version)}
          RETURNING wp.id, wp.title, wp.status, ${categorySql('wp', params.p(todayIn(new Date())))} AS category, to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
                    wp.lead_department_id AS "leadDepartmentId", wp.item_ref AS "itemRef", wp.progress, wp.version, wp.plan_id AS "planId",
                    wp.cooperating_department_ids::text[] AS "cooperatingDepartmentIds", to_char(wp.completed_on, 'YYYY-MM-DD') AS "completedOn"
       ), audit AS (
         INSERT INTO audit_events (actor_id, actor_username, entity_type, entity_id, action, before, after, request_id)
         SELECT ${params.p(actor?.id ?? null)}::uuid, ${params.p(actor?.username ?? null)}, 'work_package', moved.id, ${params.p(event.action)},
                ${params.p(JSON.stringify(event.before))}::jsonb, ${params.p(JSON.stringify(event.after))}::jsonb, ${params.p(currentRequestId())} FROM moved
       )${outbox}
       SELECT * FROM moved`,
      params.values,
    );
    if (!moved) throw new DomainError('VERSION_CONFLICT', `Work package was changed by someone else (it is no longer at version ${row.version}); reload and try again.`);
    noteLiveChange(manager, row, moved);
    return moved;
  }

  private async read(manager: EntityManager, id: string): Promise<WorkPackage> {
    const pkg = await this.packages.findOne(id, todayIn(new Date()), manager);
    if (!pkg) throw new DomainError('NOT_FOUND', 'Work package not found.');
    return pkg;
  }

  private async replaceAssignees(manager: EntityManager, id: string, userIds: string[]): Promise<void> {
    await manager.delete(WorkPackageAssigneeEntity, { workPackageId: id });
    if (userIds.length > 0) await manager.insert(WorkPackageAssigneeEntity, [...new Set(userIds)].map((userId) => ({ workPackageId: id, userId })));
  }
}
