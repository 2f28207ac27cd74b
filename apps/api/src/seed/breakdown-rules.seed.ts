import { normalizeKeyword } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { BreakdownRuleEntity } from '../modules/breakdown-rules/breakdown-rule.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';

/** Default subject words per department code; after seeding they are data the admin edits. */
export const DEFAULT_BREAKDOWN_RULES: ReadonlyArray<{ code: string; priority: number; keywords: string[] }> = [
  { code: 'STC', priority: 10, keywords: ['ngân sách', 'thu ngân sách', 'giải ngân', 'đầu tư công', 'vốn đầu tư công', 'tài chính'] },
  { code: 'SDL', priority: 10, keywords: ['du lịch', 'khách du lịch', 'lượt khách'] },
  { code: 'SGDDT', priority: 10, keywords: ['giáo dục', 'trường học', 'học sinh', 'đào tạo'] },
  { code: 'SYT', priority: 10, keywords: ['y tế', 'bệnh viện', 'giường bệnh', 'khám chữa bệnh'] },
  { code: 'SCT', priority: 10, keywords: ['công nghiệp', 'khu công nghiệp', 'cụm công nghiệp', 'thương mại', 'xuất khẩu', 'năng lượng', 'LNG'] },
  { code: 'SXD', priority: 10, keywords: ['xây dựng', 'giao thông', 'đô thị', 'nhà ở', 'hạ tầng'] },
  { code: 'SNNMT', priority: 10, keywords: ['nông nghiệp', 'rừng', 'môi trường', 'đất đai', 'thủy sản', 'thuỷ sản', 'nông thôn'] },
  { code: 'SKHCN', priority: 10, keywords: ['khoa học', 'công nghệ', 'chuyển đổi số', 'đổi mới sáng tạo', 'kinh tế số'] },
  { code: 'SVHTT', priority: 10, keywords: ['văn hóa', 'văn hoá', 'thể thao', 'di sản'] },
  { code: 'SNV', priority: 10, keywords: ['cải cách hành chính', 'bộ máy', 'cán bộ', 'việc làm', 'lao động', 'công chức'] },
  { code: 'BQLKKT', priority: 20, keywords: ['FDI', 'đầu tư nước ngoài', 'khu kinh tế'] },
  { code: 'BCHQS', priority: 10, keywords: ['quốc phòng', 'quân sự'] },
  { code: 'CAT', priority: 10, keywords: ['an ninh', 'trật tự', 'an toàn giao thông'] },
  { code: 'SNGV', priority: 10, keywords: ['đối ngoại', 'hội nhập quốc tế'] },
  { code: 'SDTTG', priority: 10, keywords: ['dân tộc', 'tôn giáo'] },
  { code: 'TTT', priority: 10, keywords: ['thanh tra', 'phòng chống tham nhũng', 'phòng, chống tham nhũng', 'tham nhũng', 'khiếu nại', 'tố cáo'] },
  { code: 'STP', priority: 10, keywords: ['tư pháp', 'pháp luật'] },
];

/** Idempotent: adds the default rule only for a department that has no rule at all, so an admin's edits stay. */
export async function seedBreakdownRules(manager: EntityManager): Promise<number> {
  const departments = await manager.find(DepartmentEntity, { select: { id: true, code: true } });
  const idOf = new Map(departments.map((d) => [d.code, d.id]));
  const covered = new Set((await manager.find(BreakdownRuleEntity, { select: { departmentId: true } })).map((r) => r.departmentId));
  const rows = DEFAULT_BREAKDOWN_RULES.flatMap((rule) => {
    const departmentId = idOf.get(rule.code);
    if (!departmentId || covered.has(departmentId)) return [];
    return [{ departmentId, priority: rule.priority, active: true, keywords: [...new Set(rule.keywords.map(normalizeKeyword))] }];
  });
  if (rows.length > 0) await manager.insert(BreakdownRuleEntity, rows);
  return rows.length;
}
