import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertIsoDate,
  daysBetween,
  formatLabelledTarget,
  HANOI_TIME_ZONE,
  INDICATOR_GROUP_ORDER,
  IndicatorView,
  parseReportPeriod,
  PeriodicReport,
  PeriodicReportExtension,
  PeriodicReportIndicator,
  PeriodicReportPackage,
  PeriodicReportSupervision,
  resolveCutOff,
} from '@mandate/domain';
import { DataSource } from 'typeorm';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { IndicatorsService } from '../indicators/indicators.service';
import { categoryFilterSql, categorySql } from '../work-packages/work-package.sql';
import { AppendixSource } from './appendix.source';
import { PeriodicReportQuery } from './dtos/periodic-report.query';

const PACKAGE_COLUMNS = (asOf: string) => `wp.id, wp.title, wp.item_ref AS "itemRef", d.name AS "leadDepartment", to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
  to_char(coalesce(wp.original_due_date, wp.due_date), 'YYYY-MM-DD') AS "originalDueDate", to_char(wp.completed_on, 'YYYY-MM-DD') AS "completedOn", wp.progress,
  ${categorySql('wp', asOf)} AS category`;

/** A plan's periodic report: counts as of the cut-off, what was completed, what is overdue with its lead, extensions granted, indicator status, supervision requests answered. */
@Injectable()
export class PeriodicReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly source: AppendixSource,
    private readonly indicators: IndicatorsService,
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
    const supervisionAnswered = await this.dataSource.query<PeriodicReportSupervision[]>(
      `SELECT r.id, r.kind, r.subject_title AS "subjectTitle", coalesce(d.name, 'UBND tỉnh') AS addressee, to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate",
              to_char(r.answered_on, 'YYYY-MM-DD') AS "answeredOn", r.answered_on <= r.due_date AS "answeredOnTime"
       FROM supervision_requests r LEFT JOIN departments d ON d.id = r.addressee_department_id
       WHERE r.plan_id = $1 AND r.answered_on BETWEEN $3 AND $2 ORDER BY r.answered_on, r.created_at`,
      [planId, cutOff, period.from],
    );
    const indicators = indicatorRows((await this.indicators.list(planId, cutOff)).items);
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
      indicators,
      supervisionAnswered,
    };
  }
}

/** One row per target, groups in the resolution's order; figures as of the cut-off, as the Indicators page computes them. */
const indicatorRows = (items: readonly IndicatorView[]): PeriodicReportIndicator[] =>
  INDICATOR_GROUP_ORDER.flatMap((group) =>
    items
      .filter((i) => i.group === group)
      .flatMap((i) =>
        i.targets.map((t) => ({
          code: i.code,
          name: i.name,
          group,
          target: formatLabelledTarget(t),
          unit: t.unit,
          latest: t.latest ? { period: t.latest.period, kind: t.latest.kind, value: t.latest.value } : null,
          percentOfTarget: t.percentOfTarget,
          status: t.status,
        })),
      ),
  );
