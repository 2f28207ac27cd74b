import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppendixItem, AppendixPackage, DEADLINE_CATEGORY_LABELS, DomainError, formatDateVi, HANOI_TIME_ZONE, WORK_PACKAGE_STATUS_LABELS } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { categorySql, SqlParams } from '../work-packages/work-package.sql';
import { WorkPackagesRepository } from '../work-packages/work-packages.repository';
import { AppendixExportParams } from './appendix-export.params';
import type { AppendixWorkbookInput } from './appendix.workbook';

/** An appendix row with the ids need-to-know is decided on. */
export type AppendixSourceRow = AppendixPackage & { leadDepartmentId: string; cooperatingDepartmentIds: string[] };

export interface AppendixPlan {
  id: string;
  number: string | null;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  planYear: number | null;
}

const BATCH = 1000;

/** The read side of the appendix: the plan, its items, and its packages in document order through a server-side cursor. */
@Injectable()
export class AppendixSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packages: WorkPackagesRepository,
  ) {}

  async plan(planId: string): Promise<AppendixPlan> {
    const rows = await this.dataSource.query<AppendixPlan[]>(
      `SELECT id, number, title, issuer, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", plan_year AS "planYear" FROM plans WHERE id = $1`,
      [planId],
    );
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Plan not found.');
    return rows[0];
  }

  items(planId: string): Promise<AppendixItem[]> {
    return this.dataSource.query(`SELECT ref, parent_ref AS "parentRef", title FROM plan_items WHERE plan_id = $1 ORDER BY position`, [planId]);
  }

  async count(params: AppendixExportParams): Promise<number> {
    const { sql, values } = this.where(params);
    const rows = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM work_packages wp ${sql}`, values);
    return rows[0].n;
  }

  /**
   * Every selected package, in document order (the item's place in the document, then the place of the sentence the
   * package came from, then due date), `BATCH` rows at a time from a cursor in one read-only snapshot: memory stays
   * that of one batch whatever the plan's size.
   */
  async *rows(params: AppendixExportParams): AsyncGenerator<AppendixSourceRow[]> {
    const { sql, values, params: p } = this.where(params);
    const asOf = p.p(params.asOf);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let finished = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await runner.query(
        `DECLARE appendix_rows NO SCROLL CURSOR FOR
         SELECT wp.id, wp.item_ref AS "itemRef", wp.title, d.name AS "leadDepartment",
                wp.lead_department_id::text AS "leadDepartmentId", wp.cooperating_department_ids::text[] AS "cooperatingDepartmentIds",
                ARRAY(SELECT cd.name FROM unnest(wp.cooperating_department_ids) WITH ORDINALITY AS u(id, n) JOIN departments cd ON cd.id = u.id ORDER BY u.n) AS "cooperatingDepartments",
                to_char(coalesce(wp.original_due_date, wp.due_date), 'YYYY-MM-DD') AS "originalDueDate", to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate",
                wp.expected_output AS "expectedOutput", wp.status, wp.progress, ${categorySql('wp', asOf)} AS category,
                (SELECT r.summary FROM progress_reports r
                  WHERE r.work_package_id = wp.id AND r.submitted_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE '${HANOI_TIME_ZONE}')
                  ORDER BY r.submitted_at DESC LIMIT 1) AS "latestReport"
         FROM work_packages wp
         JOIN departments d ON d.id = wp.lead_department_id
         LEFT JOIN plan_items pi ON pi.plan_id = wp.plan_id AND pi.ref = wp.item_ref
         ${sql}
         ORDER BY pi.position NULLS LAST, nullif(strpos(array_to_string(pi.paragraphs, E'\\n'), wp.source_text), 0) NULLS LAST,
                  wp.due_date NULLS LAST, wp.title, wp.id`,
        values,
      );
      for (;;) {
        const batch = (await runner.query(`FETCH FORWARD ${BATCH} FROM appendix_rows`)) as AppendixSourceRow[];
        if (batch.length === 0) break;
        yield batch;
      }
      await runner.query('COMMIT');
      finished = true;
    } finally {
      // Also when the consumer stops early (a failed write, a client gone): the pooled connection must not keep the snapshot open.
      if (!finished) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  /** Everything the workbook needs for one export; the reader decides what need-to-know leaves in. */
  async workbookInput(reader: Actor, plan: AppendixPlan, params: AppendixExportParams): Promise<AppendixWorkbookInput> {
    return {
      plan,
      items: await this.items(plan.id),
      asOf: params.asOf,
      filters: await this.filterWords(params),
      reader,
      rows: this.rows(params),
    };
  }

  private async filterWords(params: AppendixExportParams): Promise<string[]> {
    const words: string[] = [];
    if (params.departmentId) {
      const [department] = await this.dataSource.query<{ name: string }[]>(`SELECT name FROM departments WHERE id = $1`, [params.departmentId]);
      words.push(`Cơ quan chủ trì: ${department?.name ?? '—'}`);
    }
    if (params.status) words.push(`Trạng thái: ${WORK_PACKAGE_STATUS_LABELS[params.status].vi}`);
    if (params.category) words.push(`Phân loại: ${DEADLINE_CATEGORY_LABELS[params.category].vi}`);
    if (params.q?.trim()) words.push(`Tìm: “${params.q.trim()}”`);
    if (params.dueFrom || params.dueTo) words.push(`Thời hạn ${params.dueFrom ? `từ ${formatDateVi(params.dueFrom)} ` : ''}${params.dueTo ? `đến ${formatDateVi(params.dueTo)}` : ''}`.trim());
    return words;
  }

  /** The list's and board's filters, through the one shared builder. */
  private where(params: AppendixExportParams): { sql: string; values: unknown[]; params: SqlParams } {
    const p = new SqlParams();
    const asOf = p.lazy(params.asOf);
    const where = this.packages.whereSql(
      'wp',
      { planId: params.planId, departmentId: params.departmentId, status: params.status, category: params.category, q: params.q, dueFrom: params.dueFrom, dueTo: params.dueTo },
      asOf,
      p,
    );
    return { sql: `WHERE ${where.join(' AND ')}`, values: p.values, params: p };
  }
}
