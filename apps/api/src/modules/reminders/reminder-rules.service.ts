import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertValidReminderRules, DomainError, ReminderRules } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ReminderRulesDto, ReminderRulesResponse } from './dtos/reminder-rules.dto';
import { ReminderOutboxService } from './reminder-outbox.service';
import { reminderRulesOf } from './reminder-schedule';


/** A plan's reminder rules (null in the database means the design defaults). */
@Injectable()
export class ReminderRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: ReminderOutboxService,
  ) {}

  async get(planId: string): Promise<ReminderRulesResponse> {
    const stored = await this.storedRules(this.dataSource.manager, planId, false);
    return { ...reminderRulesOf(stored), isDefault: stored === null };
  }

  /** Saves and reschedules every open package of the plan in the same transaction. */
  async put(actor: Actor, planId: string, input: ReminderRulesDto): Promise<ReminderRulesResponse> {
    const rules = reminderRulesOf(input);
    assertValidReminderRules(rules);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.storedRules(manager, planId, true);
      await manager.query(`UPDATE plans SET reminder_rules = $2::jsonb, updated_at = now(), version = version + 1 WHERE id = $1`, [planId, JSON.stringify(rules)]);
      await this.audit.record(manager, { actor, entityType: 'plan', entityId: planId, action: 'update', before: { reminderRules: before }, after: { reminderRules: rules } });
      await this.outbox.recordRulesChange(manager, planId);
      return { ...rules, isDefault: false };
    });
  }

  private async storedRules(manager: EntityManager, planId: string, lock: boolean): Promise<Partial<ReminderRules> | null> {
    const rows: { rules: Partial<ReminderRules> | null }[] = await manager.query(`SELECT reminder_rules AS rules FROM plans WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [planId]);
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Plan not found.');
    return rows[0].rules;
  }
}
