import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, canAny, DomainError, FieldProblem, ItemList, normalizeKeyword } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { loadForUpdate } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { assertActiveDepartment } from '../departments/assert-active-department';
import { BreakdownRuleEntity } from './breakdown-rule.entity';
import { BreakdownRuleResponse, mapBreakdownRule } from './dtos/breakdown-rule-response.dto';
import { CreateBreakdownRuleDto } from './dtos/create-breakdown-rule.dto';
import { UpdateBreakdownRuleDto } from './dtos/update-breakdown-rule.dto';

@Injectable()
export class BreakdownRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The route needs departments.read; the rules themselves are for those who edit them or break plans down. */
  async list(actor: Actor): Promise<ItemList<BreakdownRuleResponse>> {
    if (!canAny(actor.role, ['departments.manage', 'plans.breakdown'])) throw new DomainError('FORBIDDEN', `Your role (${actor.role}) may not see the break-down rules.`);
    const rows = await this.dataSource.getRepository(BreakdownRuleEntity).find({ order: { priority: 'DESC', createdAt: 'ASC' } });
    return { items: rows.map(mapBreakdownRule) };
  }

  async create(actor: Actor, input: CreateBreakdownRuleDto): Promise<BreakdownRuleResponse> {
    const keywords = foldKeywords(input.keywords);
    return this.dataSource.transaction(async (manager) => {
      await assertActiveDepartment(manager, input.departmentId);
      const saved = await manager.save(manager.create(BreakdownRuleEntity, { departmentId: input.departmentId, keywords, priority: input.priority ?? 0, active: input.active ?? true }));
      const after = mapBreakdownRule(saved);
      await this.audit.record(manager, { actor, entityType: 'breakdown_rule', entityId: saved.id, action: 'create', after });
      return after;
    });
  }

  async update(actor: Actor, id: string, input: UpdateBreakdownRuleDto): Promise<BreakdownRuleResponse> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, BreakdownRuleEntity, id, input.version, 'Break-down rule');
      const before = mapBreakdownRule(row);
      if (input.departmentId) await assertActiveDepartment(manager, input.departmentId);
      const { version: _version, keywords, ...changes } = input;
      const saved = await manager.save(Object.assign(row, changes, keywords ? { keywords: foldKeywords(keywords) } : {}));
      const after = mapBreakdownRule(saved);
      await this.audit.record(manager, { actor, entityType: 'breakdown_rule', entityId: id, action: 'update', before, after });
      return after;
    });
  }
}

function foldKeywords(keywords: string[]): string[] {
  const folded = [...new Set(keywords.map(normalizeKeyword))];
  const problems: FieldProblem[] = folded.some((k) => k.length === 0) ? [{ field: 'keywords', message: 'each keyword needs a letter or digit', rule: 'matches' }] : [];
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'keywords: each keyword needs a letter or digit', problems);
  return folded;
}
