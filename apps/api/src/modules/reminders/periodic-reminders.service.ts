import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, monthlyReportInstant, ReminderRules, todayIn } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { ReminderDeliveryService, recipientsWhere } from './reminder-delivery.service';
import { effectiveRules } from './reminder-schedule';
import { indicatorReportTitle, monthlyReportTitle, weeklyDigestTitle } from './reminder-texts';
import { readIndicatorReportSettings } from '../indicators/indicator-report-settings.service';
import { leadDepartmentUserSql, openStatusSql } from '../work-packages/work-package.sql';

/** The monthly progress-report reminder and the weekly digest; both keyed by date, so a repeated run sends nothing new. */
@Injectable()
export class PeriodicRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: ReminderDeliveryService,
  ) {}

  /** Runs hourly: plans whose report day is today and whose hour has come remind the departments leading their open packages. */
  async monthlyReport(now: Date): Promise<{ recipients: number }> {
    const today = todayIn(now);
    const [year, month] = today.split('-').map(Number);
    const plans: { id: string; rules: Partial<ReminderRules> | null }[] = await this.dataSource.query(
      `SELECT pl.id, pl.reminder_rules AS rules FROM plans pl
       WHERE NOT pl.archived AND EXISTS (SELECT 1 FROM work_packages p WHERE p.plan_id = pl.id AND ${openStatusSql('p.status')})`,
    );
    const duePlans = plans
      .filter((plan) => {
        const at = monthlyReportInstant(year, month, effectiveRules(plan.rules));
        return todayIn(at) === today && at.getTime() <= now.getTime();
      })
      .map((plan) => plan.id);
    if (duePlans.length === 0) return { recipients: 0 };
    const recipients = await recipientsWhere(
      this.dataSource.manager,
      `NOT u.digest_only AND EXISTS (
         SELECT 1 FROM work_packages p WHERE p.plan_id = ANY($1::uuid[]) AND ${openStatusSql('p.status')} AND ${leadDepartmentUserSql('u', 'p.lead_department_id')})`,
      [duePlans],
    );
    await this.deliveries.deliver({ workPackageId: null, kind: 'monthly-report', dueDate: today }, monthlyReportTitle(month, year), recipients);
    return { recipients: recipients.length };
  }

  /**
   * Runs hourly: on the day of the month the admin set (default the 10th, before the 14th cut-off of the reporting rules), once its
   * hour has come, the users of every department responsible for an indicator of an open plan are reminded to report their figures.
   */
  async indicatorReport(now: Date): Promise<{ recipients: number }> {
    const today = todayIn(now);
    const [year, month] = today.split('-').map(Number);
    const settings = await readIndicatorReportSettings(this.dataSource.manager);
    const at = monthlyReportInstant(year, month, { monthlyReportDay: settings.reportDay, hourOfDay: settings.hourOfDay });
    if (todayIn(at) !== today || at.getTime() > now.getTime()) return { recipients: 0 };
    const recipients = await recipientsWhere(
      this.dataSource.manager,
      `NOT u.digest_only AND EXISTS (
         SELECT 1 FROM plan_indicators i JOIN plans pl ON pl.id = i.plan_id WHERE NOT pl.archived AND ${leadDepartmentUserSql('u', 'i.responsible_department_id')})`,
      [],
    );
    await this.deliveries.deliver({ workPackageId: null, kind: 'indicator-report', dueDate: today }, indicatorReportTitle(month, year), recipients);
    return { recipients: recipients.length };
  }

  /** Monday morning: UBND and HĐND users hear how many packages are overdue and how many fall due within a week. */
  async weeklyDigest(now: Date): Promise<{ recipients: number }> {
    const today = todayIn(now);
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE due_date < $1)::int AS overdue, count(*) FILTER (WHERE due_date BETWEEN $1 AND $2)::int AS "dueSoon"
       FROM work_packages WHERE ${openStatusSql('status')} AND due_date IS NOT NULL`,
      [today, addDays(today, 7)],
    );
    const recipients = await recipientsWhere(this.dataSource.manager, `u.role IN ('ubnd', 'hdnd')`, []);
    await this.deliveries.deliver({ workPackageId: null, kind: 'weekly-digest', dueDate: today }, weeklyDigestTitle(counts.overdue, counts.dueSoon), recipients);
    return { recipients: recipients.length };
  }
}
