import { DisbursementInvestor, DisbursementMonth, DisbursementMonthPoint, DisbursementOverview, DisbursementProject, DisbursementSettings } from './disbursement';
import { disbursementRate, isBelowCurve, monthOf, monthsBetween, targetRateOfMonth } from './disbursement-curve';

/** A project as stored, with its latest cumulative figure at or before the view's month. */
export type DisbursementProjectRow = Omit<DisbursementProject, 'rate' | 'targetRate' | 'belowCurve'>;

/** The plan-wide sum of what each month added (a project's cumulative minus its previous one). */
export interface DisbursementMonthDelta {
  month: DisbursementMonth;
  added: number;
}

export interface DisbursementOverviewInput {
  settings: DisbursementSettings;
  projects: readonly DisbursementProjectRow[];
  deltas: readonly DisbursementMonthDelta[];
  /** The month projects are judged at: the asked one, else the latest month reported. */
  asOfMonth: DisbursementMonth | null;
}

/** Investors by rate, highest first; equal rates share a rank (1, 2, 2, 4), larger allocation listed first. */
export function rankInvestors(projects: readonly DisbursementProject[]): DisbursementInvestor[] {
  const byInvestor = new Map<string, { allocated: number; disbursed: number; projects: number; belowCurve: number }>();
  for (const p of projects) {
    const entry = byInvestor.get(p.investorDepartmentId) ?? { allocated: 0, disbursed: 0, projects: 0, belowCurve: 0 };
    entry.allocated += p.allocated;
    entry.disbursed += p.disbursed;
    entry.projects += 1;
    entry.belowCurve += p.belowCurve ? 1 : 0;
    byInvestor.set(p.investorDepartmentId, entry);
  }
  const rows = [...byInvestor].map(([departmentId, e]) => ({ departmentId, ...e, rate: disbursementRate(e.disbursed, e.allocated), rank: 0 }));
  rows.sort((a, b) => b.rate - a.rate || b.allocated - a.allocated || a.departmentId.localeCompare(b.departmentId));
  rows.forEach((row, i) => (row.rank = i > 0 && rows[i - 1].rate === row.rate ? rows[i - 1].rank : i + 1));
  return rows;
}

/** The Disbursement page's figures: plan-wide cumulative by month against the curve, investors ranked, projects flagged. */
export function buildDisbursementOverview(input: DisbursementOverviewInput): DisbursementOverview {
  const { settings, deltas, asOfMonth } = input;
  const curve = (month: DisbursementMonth) => targetRateOfMonth(month, settings.targetDate, settings.milestones);
  const targetRate = asOfMonth ? curve(asOfMonth) : 0;
  const projects: DisbursementProject[] = input.projects.map((p) => {
    const rate = disbursementRate(p.disbursed, p.allocated);
    return { ...p, rate, targetRate, belowCurve: asOfMonth !== null && isBelowCurve(rate, targetRate) };
  });
  const allocated = projects.reduce((sum, p) => sum + p.allocated, 0);
  const disbursed = projects.reduce((sum, p) => sum + p.disbursed, 0);

  const yearStart = `${settings.targetDate.slice(0, 4)}-01`;
  const sorted = [...deltas].sort((a, b) => a.month.localeCompare(b.month));
  const lastReported = sorted.length > 0 ? sorted[sorted.length - 1].month : null;
  const first = sorted.length > 0 && sorted[0].month < yearStart ? sorted[0].month : yearStart;
  const targetMonth = monthOf(settings.targetDate);
  const last = lastReported && lastReported > targetMonth ? lastReported : targetMonth;
  const added = new Map(sorted.map((d) => [d.month, d.added]));
  let running = 0;
  const months: DisbursementMonthPoint[] = monthsBetween(first, last).map((month) => {
    running += added.get(month) ?? 0;
    const reported = lastReported !== null && month <= lastReported;
    return { month, cumulative: reported ? running : null, rate: reported ? disbursementRate(running, allocated) : null, targetRate: curve(month) };
  });

  return { planId: settings.planId, asOfMonth, allocated, disbursed, rate: disbursementRate(disbursed, allocated), targetRate, settings, months, investors: rankInvestors(projects), projects };
}
