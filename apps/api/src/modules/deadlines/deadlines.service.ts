import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CategoryCounts, DEADLINE_CATEGORIES, DeadlineCategory, DeadlineSummary } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { asOfDate } from '../work-packages/as-of-date';
import { RevisionCache } from '../../common/cache/revision-cache';
import { DeadlineSummaryQuery } from './dtos/deadline-summary.query';

const zeroCounts = (): CategoryCounts => Object.fromEntries(DEADLINE_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: RevisionCache,
  ) {}

  /** Cached per work-package revision, so a dashboard polled by many users costs one aggregate per change. */
  summary(query: DeadlineSummaryQuery): Promise<DeadlineSummary> {
    const asOf = asOfDate(query.asOf);
    return this.cache.getOrCompute('work_packages', `summary|${query.planId ?? 'all'}|${asOf}`, () => this.compute(query.planId, asOf));
  }

  /** One aggregate: GROUPING SETS give the per-department and the overall counts in a single scan. */
  private async compute(planId: string | undefined, asOf: string): Promise<DeadlineSummary> {
    const params = new SqlParams();
    const asOfParam = params.p(asOf);
    const where = planId ? `WHERE wp.plan_id = ${params.p(planId)}` : '';
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
