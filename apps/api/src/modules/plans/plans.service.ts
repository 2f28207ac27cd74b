import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CompletionRules, DomainError, ItemList, ParsedIndicator, ParsedItem, parsePlanDocument, PlanCreatedResponse, PlanDetail, PlanDocumentParse, PlanSummary, suggestResponsibleDepartment } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { IndicatorTargetEntity } from '../indicators/indicator-target.entity';
import { loadAgencyCatalogue } from '../departments/department-aliases.service';
import { activeRules } from './breakdown.service';
import { itemTreeOf, mapIndicator, mapPlanSummary } from './dtos/plan-response.dto';
import { PlanDeadlineEntity } from './plan-deadline.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanItemEntity } from './plan-item.entity';
import { readPlanText, UploadedPlanFile } from './plan-text.reader';
import { PlanEntity } from './plan.entity';

export type AuditActor = Pick<Actor, 'id' | 'username'> | null;

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(text: string | undefined, file: UploadedPlanFile | undefined): Promise<PlanDocumentParse> {
    return parsePlanDocument(await readPlanText(text, file));
  }

  async importPlan(actor: AuditActor, text: string | undefined, file: UploadedPlanFile | undefined): Promise<PlanCreatedResponse> {
    const source = await readPlanText(text, file);
    return this.importText(actor, source);
  }

  /** Parses and stores plan, items, indicators and deadlines with the audit event, all or nothing. */
  async importText(actor: AuditActor, source: string): Promise<PlanCreatedResponse> {
    const parse = parsePlanDocument(source);
    const { document } = parse;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (document.number && (await manager.existsBy(PlanEntity, { number: document.number }))) throw planExists(document.number);
        const plan = await manager.save(
          manager.create(PlanEntity, {
            number: document.number,
            kind: document.kind,
            issuer: document.issuer,
            issuedOn: document.issuedOn,
            title: document.title,
            planYear: document.planYear,
            sourceText: source,
            parse,
            archived: false,
          }),
        );
        const items = flattenItems(parse.items, null);
        const repeated = items.find((item, i) => items.findIndex((other) => other.ref === item.ref) !== i);
        if (repeated) throw new DomainError('VALIDATION_FAILED', `The document numbers two items ${repeated.ref}; fix the numbering and import again.`, [{ field: 'text', message: `item ${repeated.ref} repeats`, rule: 'arrayUnique' }]);
        if (items.length > 0) await manager.insert(PlanItemEntity, items.map((i, position) => ({ ...i, planId: plan.id, position })));
        if (parse.indicators.length > 0) await insertIndicators(manager, plan.id, parse.indicators);
        if (parse.deadlines.length > 0) {
          await manager.insert(PlanDeadlineEntity, parse.deadlines.map((d, position) => ({ planId: plan.id, itemRef: d.ref, dueDate: d.date, text: d.text, position })));
        }
        const created: PlanCreatedResponse = { id: plan.id, number: plan.number, title: plan.title, planYear: plan.planYear, indicatorCount: parse.indicators.length, itemCount: items.length };
        await this.audit.record(manager, { actor, entityType: 'plan', entityId: plan.id, action: 'import', after: { ...created, warnings: parse.warnings } });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error) && (error as { constraint?: string }).constraint === 'plans_number_key' && document.number) throw planExists(document.number);
      throw error;
    }
  }

  async list(): Promise<ItemList<PlanSummary>> {
    // The current plan first: every screen that opens "the plan" takes the first one.
    const rows = await this.dataSource.getRepository(PlanEntity).find({ order: { isCurrent: 'DESC', planYear: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' } });
    return { items: rows.map(mapPlanSummary) };
  }

  /** Marks one plan current and the one before not, in one transaction with its audit event; an archived plan cannot be. */
  async setCurrent(actor: Actor, id: string): Promise<PlanSummary> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(PlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
      if (plan.archived) throw new DomainError('PLAN_ARCHIVED', 'An archived plan cannot be the current plan.');
      const previous = await manager.findOne(PlanEntity, { where: { isCurrent: true }, lock: { mode: 'pessimistic_write' } });
      if (previous?.id === id) return mapPlanSummary(plan);
      if (previous) {
        await manager.update(PlanEntity, { id: previous.id }, { isCurrent: false });
        await this.audit.record(manager, { actor, entityType: 'plan', entityId: previous.id, action: 'update', before: { isCurrent: true }, after: { isCurrent: false } });
      }
      await manager.update(PlanEntity, { id }, { isCurrent: true });
      await this.audit.record(manager, { actor, entityType: 'plan', entityId: id, action: 'update', before: { isCurrent: false }, after: { isCurrent: true } });
      return mapPlanSummary({ ...plan, isCurrent: true });
    });
  }

  async get(id: string): Promise<PlanDetail> {
    const manager = this.dataSource.manager;
    const plan = await findPlan(manager, id);
    const [indicators, items, deadlines, counts] = await Promise.all([
      manager.find(PlanIndicatorEntity, { where: { planId: id }, order: { position: 'ASC' } }),
      manager.find(PlanItemEntity, { where: { planId: id }, order: { position: 'ASC' } }),
      manager.find(PlanDeadlineEntity, { where: { planId: id }, order: { position: 'ASC' } }),
      manager.query<{ item_ref: string; n: number }[]>(`SELECT item_ref, count(*)::int AS n FROM work_packages WHERE plan_id = $1 AND item_ref IS NOT NULL GROUP BY item_ref`, [id]),
    ]);
    return {
      ...mapPlanSummary(plan),
      kind: plan.kind,
      issuer: plan.issuer,
      issuedOn: plan.issuedOn,
      version: plan.version,
      warnings: plan.parse.warnings ?? [],
      warningDetails: plan.parse.warningDetails ?? [],
      indicators: indicators.map(mapIndicator),
      items: itemTreeOf(items, new Map(counts.map((c) => [c.item_ref, c.n]))),
      deadlines: deadlines.map((d) => ({ ref: d.itemRef, date: d.dueDate, text: d.text })),
      completionEvidenceRequired: plan.completionEvidenceRequired,
    };
  }

  /** Whether a completion report on this plan's packages needs evidence; audited like every change. */
  async setCompletionRules(actor: AuditActor, id: string, input: CompletionRules): Promise<CompletionRules> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(PlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
      const before = { evidenceRequired: plan.completionEvidenceRequired };
      await manager.update(PlanEntity, { id }, { completionEvidenceRequired: input.evidenceRequired });
      const after = { evidenceRequired: input.evidenceRequired };
      await this.audit.record(manager, { actor, entityType: 'plan', entityId: id, action: 'update', before, after });
      return after;
    });
  }
}

export async function findPlan(manager: EntityManager, id: string): Promise<PlanEntity> {
  const plan = await manager.findOneBy(PlanEntity, { id });
  if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
  return plan;
}

/** Stores the indicators with their typed targets, each with the responsible department the document names for it, else the one the subject rules suggest (none when neither does). */
async function insertIndicators(manager: EntityManager, planId: string, indicators: readonly ParsedIndicator[]): Promise<void> {
  // One after the other: both run on the import transaction's one connection.
  const rules = await activeRules(manager);
  const catalogue = await loadAgencyCatalogue(manager);
  const rows = indicators.map((i, position) => ({
    planId,
    code: i.code,
    group: i.group,
    name: i.name,
    text: i.text,
    targets: i.targets,
    position,
    responsibleDepartmentId: suggestResponsibleDepartment(i, catalogue, rules),
  }));
  const result = await manager.createQueryBuilder().insert().into(PlanIndicatorEntity).values(rows).returning(['id']).updateEntity(false).execute();
  const ids = (result.raw as { id: string }[]).map((r) => r.id);
  const targets = indicators.flatMap((i, n) => i.targets.map((t, position) => ({ indicatorId: ids[n], position, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, label: t.label })));
  if (targets.length > 0) await manager.insert(IndicatorTargetEntity, targets);
}

const planExists = (number: string) => new DomainError('PLAN_EXISTS', `A plan numbered ${number} has already been imported.`, [{ field: 'text', message: `plan ${number} exists`, rule: 'taken' }]);

function flattenItems(items: readonly ParsedItem[], parentRef: string | null): Pick<PlanItemEntity, 'ref' | 'parentRef' | 'title' | 'paragraphs' | 'isLeaf' | 'assignment'>[] {
  return items.flatMap((item) => [
    { ref: item.ref, parentRef, title: item.title, paragraphs: item.paragraphs, isLeaf: item.children.length === 0, assignment: item.assignment ?? null },
    ...flattenItems(item.children, item.ref),
  ]);
}
