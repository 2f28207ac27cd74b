import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEADLINE_CATEGORIES, DeadlineCategory } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { asOfDate } from '../work-packages/as-of-date';
import { CategoryCounts, DeadlineSummaryResponse } from './dtos/deadline-summary-response.dto';
import { DeadlineSummaryQuery } from './dtos/deadline-summary.query';

const zeroCounts = (): CategoryCounts => Object.fromEntries(DEADLINE_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

@Injectable()
export class DeadlinesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One aggregate: GROUPING SETS give the per-department and the overall counts in a single scan. */
  async summary(query: DeadlineSummaryQuery): Promise<DeadlineSummaryResponse> {
    const asOf = asOfDate(query.asOf);
    const params = new SqlParams();
    const asOfParam = params.p(asOf);
    const where = query.planId ? `WHERE wp.plan_id = ${params.p(query.planId)}` : '';
    const rows = await this.dataSource.query<{ departmentId: string | null; category: DeadlineCategory; n: number; overall: number }[]>(
      `SELECT department_id::text AS "departmentId", category, count(*)::int AS n, GROUPING(department_id)::int AS overall
       FROM (SELECT wp.lead_department_id AS department_id, ${categorySql('wp', asOfParam)} AS category FROM work_packages wp ${where}) s
       GROUP BY GROUPING SETS ((department_id, category), (category))`,
      params.values,
    );
    const byCategory = zeroCounts();
    const departments = new Map<string, CategoryCounts>();
    for (const row of rows) {
      if (row.overall === 1) {
        byCategory[row.category] = row.n;
        continue;
      }
      const counts = departments.get(row.departmentId as string) ?? zeroCounts();
      counts[row.category] = row.n;
      departments.set(row.departmentId as string, counts);
    }
    const sum = (counts: CategoryCounts) => Object.values(counts).reduce((a, b) => a + b, 0);
    const byDepartment = [...departments.entries()]
      .map(([departmentId, counts]) => ({ departmentId, total: sum(counts), byCategory: counts }))
      .sort((a, b) => b.total - a.total || a.departmentId.localeCompare(b.departmentId));
    return { asOf, total: sum(byCategory), byCategory, byDepartment };
  }
}
