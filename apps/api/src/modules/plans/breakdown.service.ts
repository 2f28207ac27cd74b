import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BreakdownResult, checkConfirmedPackages, confirmedKeyOf, DomainError, proposeBreakdown, ProposedPackage, workPackageInputOfConfirmed } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { BreakdownRuleEntity } from '../breakdown-rules/breakdown-rule.entity';
import { loadAgencyCatalogue } from '../departments/department-aliases.service';
import { DepartmentEntity } from '../departments/department.entity';
import { ConfirmedPackageDto } from './dtos/confirm-breakdown.dto';
import { itemTreeOf } from './dtos/plan-response.dto';
import { PlanDeadlineEntity } from './plan-deadline.entity';
import { PlanItemEntity } from './plan-item.entity';
import { WorkPackageWriter } from '../work-packages/work-package.writer';
import { AuditActor, findPlan } from './plans.service';

/** The UBND office's code in the catalogue: it takes whatever no rule assigns. */
export const FALLBACK_DEPARTMENT_CODE = 'VP-UBND';

@Injectable()
export class BreakdownService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: WorkPackageWriter,
  ) {}

  async preview(planId: string): Promise<{ packages: ProposedPackage[] }> {
    const manager = this.dataSource.manager;
    const plan = await findPlan(manager, planId);
    const [items, deadlines, rules, fallback, catalogue] = await Promise.all([
      manager.find(PlanItemEntity, { where: { planId }, order: { position: 'ASC' } }),
      manager.find(PlanDeadlineEntity, { where: { planId }, order: { position: 'ASC' } }),
      activeRules(manager),
      manager.findOneBy(DepartmentEntity, { code: FALLBACK_DEPARTMENT_CODE, active: true }),
      loadAgencyCatalogue(manager),
    ]);
    if (!fallback) throw new DomainError('FALLBACK_DEPARTMENT_MISSING', `The fallback department ${FALLBACK_DEPARTMENT_CODE} is missing or inactive; restore it before breaking a plan down.`);
    const tree = itemTreeOf(items, new Map());
    const packages = proposeBreakdown({
      planYear: plan.planYear,
      items: tree,
      deadlines: deadlines.map((d) => ({ ref: d.itemRef, date: d.dueDate, text: d.text })),
      rules,
      fallbackDepartmentId: fallback.id,
      catalogue,
    });
    return { packages };
  }

  /**
   * Creates each package through the one work-package write path under (plan, breakdown key), skipping keys already
   * confirmed: a package confirmed before keeps its first title and departments, so a re-sent break-down never overwrites edits made since.
   */
  async confirm(actor: AuditActor, planId: string, packages: ConfirmedPackageDto[]): Promise<BreakdownResult> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await findPlan(manager, planId);
      if (plan.archived) throw new DomainError('PLAN_ARCHIVED', 'This plan is archived; unarchive it before breaking it down.');
      // One after the other: a transaction is one connection, and pg will not queue concurrent queries on it much longer.
      const items = await manager.find(PlanItemEntity, { where: { planId }, select: { ref: true } });
      const departments = await manager.find(DepartmentEntity, { where: { active: true }, select: { id: true } });
      const problems = checkConfirmedPackages(planId, packages, { itemRefs: new Set(items.map((i) => i.ref)), activeDepartmentIds: new Set(departments.map((d) => d.id)) });
      if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

      let created = 0;
      for (const p of packages) {
        const pkg = await this.writer.createOnce(manager, actor, workPackageInputOfConfirmed(planId, p), confirmedKeyOf(p));
        if (pkg) created += 1;
      }
      return { created, unchanged: packages.length - created };
    });
  }
}

/** The active subject rules of active departments, highest priority first (break-down leads, indicators' responsible departments). */
export async function activeRules(manager: EntityManager) {
  const rows = await manager
    .createQueryBuilder(BreakdownRuleEntity, 'r')
    .innerJoin(DepartmentEntity, 'd', 'd.id = r.department_id AND d.active')
    .where('r.active')
    .orderBy('r.priority', 'DESC')
    .addOrderBy('r.created_at', 'ASC')
    .getMany();
  return rows.map((r) => ({ departmentId: r.departmentId, keywords: r.keywords, priority: r.priority }));
}
