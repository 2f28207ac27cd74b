import { DisbursementMonth } from './disbursement';
import { DisbursementWorkbookRow } from './disbursement-workbook';

/** What the plan holds for a project a workbook row names (by code), for the month of the row. */
export interface StoredProjectState {
  code: string;
  name: string;
  investorDepartmentId: string;
  capitalSource: string;
  allocated: number;
  /** The figure stored for exactly the row's month, if any. */
  cumulativeThisMonth: number | null;
  /** The latest figure before the row's month: what the new figure adds to. */
  cumulativeBefore: number | null;
}

export type ImportRowStatus = 'new_project' | 'changed' | 'unchanged';

export interface DisbursementImportDiffRow {
  row: number;
  code: string;
  name: string;
  investorDepartmentId: string;
  month: DisbursementMonth;
  status: ImportRowStatus;
  /** Project fields the row changes: name, investor, capital source, allocation. */
  changedFields: string[];
  allocatedBefore: number | null;
  allocated: number;
  /** The cumulative figure the plan shows for the project before this import (this month's, else the latest before). */
  cumulativeBefore: number | null;
  cumulative: number;
  difference: number;
}

export interface DisbursementImportPreview {
  months: DisbursementMonth[];
  rows: DisbursementImportDiffRow[];
  newProjects: number;
  changed: number;
  unchanged: number;
  allocatedDifference: number;
  disbursedDifference: number;
}

/** The difference a workbook would make, shown before it is confirmed; `stored(code, month)` is null for a project not yet in the plan. */
export function diffDisbursementImport(rows: readonly DisbursementWorkbookRow[], stored: (code: string, month: DisbursementMonth) => StoredProjectState | null): DisbursementImportPreview {
  const diff = rows.map((r): DisbursementImportDiffRow => {
    const s = stored(r.code, r.month);
    const changedFields = s
      ? (
          [
            ['name', s.name !== r.name],
            ['investorDepartmentId', s.investorDepartmentId !== r.investorDepartmentId],
            ['capitalSource', s.capitalSource !== r.capitalSource],
            ['allocated', s.allocated !== r.allocated],
          ] as const
        )
          .filter(([, changed]) => changed)
          .map(([field]) => field)
      : [];
    const cumulativeBefore = s ? (s.cumulativeThisMonth ?? s.cumulativeBefore) : null;
    const status: ImportRowStatus = !s ? 'new_project' : changedFields.length > 0 || s.cumulativeThisMonth !== r.cumulative ? 'changed' : 'unchanged';
    return {
      row: r.row,
      code: r.code,
      name: r.name,
      investorDepartmentId: r.investorDepartmentId,
      month: r.month,
      status,
      changedFields,
      allocatedBefore: s ? s.allocated : null,
      allocated: r.allocated,
      cumulativeBefore,
      cumulative: r.cumulative,
      difference: r.cumulative - (cumulativeBefore ?? 0),
    };
  });
  // A project's allocation counts once, however many months the workbook gives it.
  const allocationByCode = new Map(diff.map((d) => [d.code, d.allocated - (d.allocatedBefore ?? 0)]));
  return {
    months: [...new Set(rows.map((r) => r.month))].sort(),
    rows: diff,
    newProjects: new Set(diff.filter((d) => d.status === 'new_project').map((d) => d.code)).size,
    changed: diff.filter((d) => d.status === 'changed').length,
    unchanged: diff.filter((d) => d.status === 'unchanged').length,
    allocatedDifference: [...allocationByCode.values()].reduce((a, b) => a + b, 0),
    disbursedDifference: diff.reduce((sum, d) => sum + (d.status === 'unchanged' ? 0 : d.difference), 0),
  };
}

export interface DisbursementImportResult {
  months: DisbursementMonth[];
  projectsCreated: number;
  projectsUpdated: number;
  figuresWritten: number;
  unchanged: number;
}
