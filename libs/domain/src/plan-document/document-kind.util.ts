import { isTaskHeading } from './task-sections.util';
import type { OutlineNode } from './outline.util';
import { foldText } from './text-fold.util';

/**
 * Titles of documents that lay down rules rather than plan work: regulations and their amendments, spending norms,
 * fees and fines, administrative-unit rearrangements, published procedures, elections and appointments.
 * Matched on the folded title after an optional "Về việc" / "Ban hành".
 */
const REGULATION_TITLE =
  /^(?:ve viec |ve )?(?:ban hanh |thong qua )?(?:quy dinh|quy che|dieu le|sua doi,? bo sung (?:mot so )?(?:dieu|khoan|noi dung|quy dinh)|bai bo|cong bo (?:danh muc )?thu tuc hanh chinh|sap xep (?:cac )?don vi hanh chinh|thanh lap (?:thi xa|thanh pho|phuong|xa|thi tran)|dieu chinh dia gioi|dinh muc|muc thu|muc chi|bang gia|gia dat|phi,? le phi|le phi|muc phat|muc tien phat|bau |mien nhiem|bai nhiem|phe chuan|xac nhan ket qua bau)/;
/** Words that make a title a plan whatever else it says ("Quy định ... và kế hoạch ..."). */
const PLANNING_TITLE = /\b(?:ke hoach|chuong trinh|nhiem vu|giai phap|de an|chien luoc|lo trinh|trien khai|thuc hien)\b/;
const IMPLEMENTATION_HEADING = /^(?:to chuc thuc hien|trach nhiem thuc hien|dieu khoan thi hanh|hieu luc)/;

/** A task part of the plan itself ("Nhiệm vụ và giải pháp"), not only the closing "Tổ chức thực hiện" article. */
function hasOwnTaskPart(roots: OutlineNode[]): boolean {
  const visit = (nodes: OutlineNode[]): boolean =>
    nodes.some((node) => (isTaskHeading(node) && !IMPLEMENTATION_HEADING.test(foldText(node.title))) || visit(node.children));
  return visit(roots);
}

/**
 * True for a regulation-like document (a rule, a norm, an amendment, a rearrangement of administrative units) that
 * holds no plan: its title says so and it has no indicators, no task table and no task part of its own. Such a text
 * parses into its articles ("Điều 1, 2, 3"), which are not tasks anyone could report on, so it is refused.
 */
export function isRegulationWithoutPlan(title: string | null, roots: OutlineNode[], indicatorCount: number, tableItemCount: number): boolean {
  if (!title || indicatorCount > 0 || tableItemCount > 0) return false;
  const folded = foldText(title).replace(/\s+/g, ' ').trim();
  if (!REGULATION_TITLE.test(folded) || PLANNING_TITLE.test(folded)) return false;
  return !hasOwnTaskPart(roots);
}
