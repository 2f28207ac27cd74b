import { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password-hasher';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { UserEntity } from '../modules/users/user.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, QUANG_NINH_DEPARTMENTS } from './department-catalogue';
import { seedBreakdownRules } from './breakdown-rules.seed';

export interface SeedResult {
  departmentsCreated: number;
  demoAccountsCreated: string[];
  breakdownRulesCreated: number;
}

/** Idempotent: creates what is missing and never overwrites what an admin has since edited. */
export async function seedReferenceData(dataSource: DataSource, options: { demoPassword: string | null }): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DepartmentEntity)
      .values(QUANG_NINH_DEPARTMENTS.map((d) => ({ ...d, active: true })))
      .orIgnore()
      .returning(['id', 'code'])
      .execute();
    const departmentsCreated = inserted.raw.length as number;
    const breakdownRulesCreated = await seedBreakdownRules(manager);

    const demoAccountsCreated: string[] = [];
    if (options.demoPassword) {
      const departments = await manager.find(DepartmentEntity);
      const idOf = new Map(departments.map((d) => [d.code, d.id]));
      const passwordHash = await hashPassword(options.demoPassword);
      for (const account of DEMO_ACCOUNTS) {
        const departmentId = account.departmentCode ? idOf.get(account.departmentCode) ?? null : null;
        if (account.departmentCode && !departmentId) continue;
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(UserEntity)
          .values({ username: account.username, displayName: account.displayName, role: account.role, departmentId, passwordHash, email: `${account.username}@${DEMO_EMAIL_DOMAIN}` })
          .orIgnore()
          .returning(['id'])
          .execute();
        if (result.raw.length > 0) demoAccountsCreated.push(account.username);
      }
      // Demo accounts seeded before they had addresses get one; an address someone set is kept.
      await manager.query(`UPDATE users SET email = username || '@' || $2 WHERE username = ANY($1::text[]) AND (email IS NULL OR email = '')`, [DEMO_ACCOUNTS.map((a) => a.username), DEMO_EMAIL_DOMAIN]);
    }
    if (departmentsCreated > 0 || demoAccountsCreated.length > 0 || breakdownRulesCreated > 0) {
      const event = manager.create(AuditEventEntity, { entityType: 'seed', entityId: null, action: 'create', after: { departmentsCreated, demoAccountsCreated, breakdownRulesCreated } });
      await manager.insert(AuditEventEntity, event);
    }
    return { departmentsCreated, demoAccountsCreated, breakdownRulesCreated };
  });
}
