import { lastDayOfYear, pickDisbursementPackage } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { PlanEntity } from '../modules/plans/plan.entity';
import { WorkPackageEntity } from '../modules/work-packages/work-package.entity';

/**
 * ILLUSTRATIVE SAMPLE DATA, not figures of Quảng Ninh: a dozen public-investment projects with made-up allocations and
 * monthly cumulative disbursement, so a local run shows the Disbursement page filled. Real figures come from the
 * investors' workbooks (the template on that page).
 */
const BILLION = 1_000_000_000;
const SAMPLE_PROJECTS: ReadonlyArray<{ code: string; name: string; investor: string; source: string; allocated: number; pace: number }> = [
  { code: 'MAU-01', name: 'Đường bao biển nối Hạ Long – Cẩm Phả (giai đoạn 2)', investor: 'BQLDA-DTXD', source: 'Ngân sách tỉnh', allocated: 1_200 * BILLION, pace: 1.05 },
  { code: 'MAU-02', name: 'Cầu Cửa Lục 3', investor: 'BQLDA-DTXD', source: 'Ngân sách tỉnh', allocated: 650 * BILLION, pace: 0.8 },
  { code: 'MAU-03', name: 'Đường tỉnh 342 (đoạn Hoành Bồ – Ba Chẽ)', investor: 'SXD', source: 'Ngân sách trung ương', allocated: 480 * BILLION, pace: 0.95 },
  { code: 'MAU-04', name: 'Khu tái định cư phục vụ Khu công nghiệp Bắc Tiền Phong', investor: 'BQLKKT', source: 'Nguồn thu tiền sử dụng đất', allocated: 390 * BILLION, pace: 0.55 },
  { code: 'MAU-05', name: 'Trường THPT chuyên Hạ Long – cơ sở 2', investor: 'SGDDT', source: 'Ngân sách tỉnh', allocated: 260 * BILLION, pace: 1.1 },
  { code: 'MAU-06', name: 'Nâng cấp 12 trường học vùng đồng bào dân tộc thiểu số', investor: 'SGDDT', source: 'Ngân sách trung ương', allocated: 140 * BILLION, pace: 0.9 },
  { code: 'MAU-07', name: 'Bệnh viện Đa khoa tỉnh – khối điều trị kỹ thuật cao', investor: 'SYT', source: 'Ngân sách tỉnh', allocated: 520 * BILLION, pace: 0.7 },
  { code: 'MAU-08', name: 'Trung tâm Kiểm soát bệnh tật tỉnh (mua sắm thiết bị)', investor: 'SYT', source: 'Ngân sách tỉnh', allocated: 95 * BILLION, pace: 1.15 },
  { code: 'MAU-09', name: 'Kè chống sạt lở bờ sông Ka Long', investor: 'SNNMT', source: 'Ngân sách trung ương', allocated: 210 * BILLION, pace: 0.85 },
  { code: 'MAU-10', name: 'Hồ chứa nước Đầm Hà Động (nâng cấp)', investor: 'SNNMT', source: 'Ngân sách tỉnh', allocated: 175 * BILLION, pace: 0.6 },
  { code: 'MAU-11', name: 'Nhà thi đấu đa năng tỉnh', investor: 'SVHTT', source: 'Ngân sách tỉnh', allocated: 310 * BILLION, pace: 0.75 },
  { code: 'MAU-12', name: 'Hạ tầng du lịch đảo Cô Tô', investor: 'SDL', source: 'Ngân sách tỉnh', allocated: 120 * BILLION, pace: 1.0 },
];
const SAMPLE_MILESTONES = [
  { date: '06-30', rate: 40 },
  { date: '09-30', rate: 70 },
];
// The share of the allocation disbursed by the end of each month for a project on the usual pace (slow start, year-end rush).
const USUAL_CURVE = [0.03, 0.07, 0.13, 0.2, 0.28, 0.37, 0.45, 0.53, 0.62, 0.7, 0.78, 0.9];

export interface SampleDisbursementResult {
  projectsCreated: number;
}

/** Seeds the illustrative projects into the sample plan, up to the last full month; skips a plan that already has projects. */
export async function seedSampleDisbursement(dataSource: DataSource, planNumber: string | null, today = new Date()): Promise<SampleDisbursementResult> {
  if (!planNumber) return { projectsCreated: 0 };
  return dataSource.transaction(async (manager) => {
    const plan = await manager.findOne(PlanEntity, { where: { number: planNumber } });
    if (!plan) return { projectsCreated: 0 };
    const [{ n }] = await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM disbursement_projects WHERE plan_id = $1`, [plan.id]);
    if (n > 0) return { projectsCreated: 0 };
    const year = plan.planYear ?? today.getUTCFullYear();
    const departments = new Map((await manager.query<{ id: string; code: string }[]>(`SELECT id, code FROM departments`)).map((d) => [d.code, d.id]));
    // Figures up to the month before today's, within the plan year.
    const lastMonth = today.getUTCFullYear() > year ? 12 : today.getUTCFullYear() < year ? 0 : today.getUTCMonth();
    let created = 0;
    for (const p of SAMPLE_PROJECTS) {
      const investor = departments.get(p.investor);
      if (!investor) continue;
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO disbursement_projects (plan_id, code, name, investor_department_id, capital_source, allocated) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [plan.id, p.code, p.name, investor, p.source, p.allocated],
      );
      created += 1;
      for (let month = 1; month <= lastMonth; month++) {
        const share = Math.min(1, USUAL_CURVE[month - 1] * p.pace);
        const cumulative = Math.round((p.allocated * share) / 1_000_000) * 1_000_000;
        await manager.query(`INSERT INTO disbursement_figures (project_id, plan_id, month, cumulative) VALUES ($1, $2, $3, $4)`, [id, plan.id, `${year}-${String(month).padStart(2, '0')}`, cumulative]);
      }
    }
    const packages = await manager.find(WorkPackageEntity, { where: { planId: plan.id }, select: { id: true, title: true, sourceText: true, itemRef: true }, order: { itemRef: 'ASC', createdAt: 'ASC' } });
    await manager.query(`INSERT INTO disbursement_settings (plan_id, target_date, milestones, work_package_id) VALUES ($1, $2, $3, $4) ON CONFLICT (plan_id) DO NOTHING`, [
      plan.id,
      lastDayOfYear(year),
      JSON.stringify(SAMPLE_MILESTONES.map((m) => ({ date: `${year}-${m.date}`, rate: m.rate }))),
      pickDisbursementPackage(packages),
    ]);
    await manager.insert(AuditEventEntity, manager.create(AuditEventEntity, { entityType: 'seed', entityId: plan.id, action: 'create', after: { sampleDisbursementProjects: created, note: 'dữ liệu mẫu minh họa, không phải số liệu thật' } }));
    return { projectsCreated: created };
  });
}
