import { parsePlanDocument } from '@mandate/domain';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { ReminderOutboxService } from '../modules/reminders/reminder-outbox.service';
import { AuditService } from '../modules/audit/audit.service';
import { BreakdownService } from '../modules/plans/breakdown.service';
import { PlanEntity } from '../modules/plans/plan.entity';
import { PlansService } from '../modules/plans/plans.service';
import { WorkPackageWriter } from '../modules/work-packages/work-package.writer';
import { WorkPackagesRepository } from '../modules/work-packages/work-packages.repository';

export interface SamplePlanResult {
  planNumber: string | null;
  imported: boolean;
  packagesCreated: number;
}

/** Imports the sample resolution and confirms its proposed break-down through the same services the API uses; skips a plan already there. */
export async function seedSamplePlan(dataSource: DataSource, file: string): Promise<SamplePlanResult> {
  // The CLI runs from the repository root, so a relative path is read from there.
  const text = await readFile(resolve(process.cwd(), file), 'utf8');
  const number = parsePlanDocument(text).document.number;
  if (number && (await dataSource.getRepository(PlanEntity).existsBy({ number }))) return { planNumber: number, imported: false, packagesCreated: 0 };
  const audit = new AuditService(dataSource.getRepository(AuditEventEntity));
  const plans = new PlansService(dataSource, audit);
  const writer = new WorkPackageWriter(new WorkPackagesRepository(dataSource), audit, new ReminderOutboxService());
  const breakdown = new BreakdownService(dataSource, writer);
  const plan = await plans.importText(null, text);
  const { packages } = await breakdown.preview(plan.id);
  const result = await breakdown.confirm(null, plan.id, packages);
  return { planNumber: plan.number, imported: true, packagesCreated: result.created };
}
