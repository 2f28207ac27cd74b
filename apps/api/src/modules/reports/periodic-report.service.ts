import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertIsoDate, daysBetween, HANOI_TIME_ZONE, parseReportPeriod, PeriodicReport, PeriodicReportExtension, PeriodicReportPackage, resolveCutOff } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { categoryFilterSql, categorySql } from '../work-packages/work-package.sql';
import { AppendixSource } from './appendix.source';
import { PeriodicReportQuery } from './dtos/periodic-report.query';

const PACKAGE_COLUMNS = (asOf: string) => `wp.id, wp.title, wp.item_ref AS "itemRef", d.name AS "leadDepartment", to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
  to_char(coalesce(wp.original_due_date, wp.due_date), 'YYYY-MM-DD') AS "originalDueDate", to_char(wp.completed_on, 'YYYY-MM-DD') AS "completedOn", wp.progress,
  ${categorySql('wp', asOf)} AS category`;

/** A plan's periodic report: counts as of the cut-off, what was completed, what is overdue with its lead, extensions granted. */
@Injectable()
export class PeriodicReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly source: AppendixSource,
  ) {}

  async report(planId: string, query: PeriodicReportQuery): Promise<PeriodicReport> {
    const period = parseReportPeriod(query.period);
    const cutOff = resolveCutOff(period, query.cutOff === undefined ? undefined : assertIsoDate(query.cutOff, 'cutOff'));
    const plan = await this.source.plan(planId);
    const summary = await this.deadlines.summary({ planId, asOf: cutOff });
    const names = new Map((await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id::text, name FROM departments`)).map((d) => [d.id, d.name]));
    const completed = await this.dataSource.query<PeriodicReportPackage[]>(
      `SELECT ${PACKAGE_COLUMNS('$2')} FROM work_packages wp JOIN departments d ON d.id = wp.lead_department_id
       WHERE wp.plan_id = $1 AND wp.status = 'done' AND wp.completed_on BETWEEN $3 AND $2 ORDER BY wp.completed_on, wp.title`,
      [planId, cutOff, period.from],
    );
    const overdue = await this.dataSource.query<PeriodicReportPackage[]>(
      `SELECT ${PACKAGE_COLUMNS('$2')} FROM work_packages wp JOIN departments d ON d.id = wp.lead_department_id
       WHERE wp.plan_id = $1 AND ${categoryFilterSql('wp', '$2', 'open_overdue')} ORDER BY wp.due_date, wp.title`,
      [planId, cutOff],
    );
    const extensions = await this.dataSource.query<PeriodicReportExtension[]>(
      `SELECT x.work_package_id AS "workPackageId", wp.title, d.name AS "leadDepartment", to_char(x.current_due_date, 'YYYY-MM-DD') AS "fromDate",
              to_char(x.requested_due_date, 'YYYY-MM-DD') AS "toDate", to_char(x.decided_at AT TIME ZONE '${HANOI_TIME_ZONE}', 'YYYY-MM-DD') AS "decidedOn"
       FROM deadline_extensions x JOIN work_packages wp ON wp.id = x.work_package_id JOIN departments d ON d.id = wp.lead_department_id
       WHERE wp.plan_id = $1 AND x.status = 'approved' AND (x.decided_at AT TIME ZONE '${HANOI_TIME_ZONE}')::date BETWEEN $3 AND $2
       ORDER BY x.decided_at`,
      [planId, cutOff, period.from],
    );
    return {
      plan: { id: plan.id, number: plan.number, title: plan.title, planYear: plan.planYear },
      period,
      cutOff,
      total: summary.total,
      byCategory: summary.byCategory,
      byDepartment: summary.byDepartment.map((d) => ({ ...d, departmentName: names.get(d.departmentId) ?? '—' })),
      completed,
      overdue: overdue.map((p) => ({ ...p, daysOverdue: p.dueDate ? daysBetween(p.dueDate, cutOff) : 0 })),
      extensions,
    };
  }
}
