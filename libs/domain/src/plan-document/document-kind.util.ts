import { isTaskHeading } from './task-sections.util';
import type { OutlineNode } from './outline.util';
import { foldText } from './text-fold.util';

/**
 * Titles of documents that lay down rules rather than plan work: regulations and their amendments, spending norms,
 * fees and fines, administrative-unit rearrangements, published procedures, delegations of power, a project's investment
 * policy, elections and appointments.
 * Matched on the folded title after an optional "Về việc" / "Ban hành".
 */
const REGULATION_TITLE =
  /^(?:ve viec |ve )?(?:ban hanh |thong qua )?(?:quy dinh|quy che|dieu le|sua doi,? bo sung (?:mot so )?(?:dieu|khoan|noi dung|quy dinh)|bai bo|(?:cong bo )?(?:danh muc )?thu tuc hanh(?: chinh)? |phan cap |uy quyen |(?:quyet dinh |phe duyet |dieu chinh )?chu truong dau tu|sap xep (?:cac )?don vi hanh chinh|thanh lap (?:thi xa|thanh pho|phuong|xa|thi tran)|dieu chinh dia gioi|dinh muc|muc thu|muc chi|bang gia|gia dat|phi,? le phi|le phi|muc phat|muc tien phat|bau |mien nhiem|bai nhiem|phe chuan|xac nhan ket qua bau)/;
/**
 * Words that make a title a plan whatever else it says ("Quy định ... và kế hoạch ..."). Not "thực hiện", "nhiệm vụ" or
 * "lộ trình": "Quy định mức chi ... thực hiện dịch vụ công", "Quy định chức năng, nhiệm vụ" are rules.
 */
const PLANNING_TITLE = /\b(?:ke hoach|chuong trinh|de an|chien luoc)\b/;
/** Articles that open a body of rules ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"): no plan has them. */
const RULES_ARTICLE = /^(?:pham vi dieu chinh|doi tuong ap dung|giai thich tu ngu)\b/;
/** "92/VBHN-BQP": a consolidated text of legal documents. */
const CONSOLIDATED_TEXT = /\/VBHN-/u;
const IMPLEMENTATION_HEADING = /^(?:to chuc thuc hien|trach nhiem thuc hien|dieu khoan thi hanh|hieu luc)/;

/**
 * A task part of the plan itself ("Nhiệm vụ và giải pháp"), not only the closing "Tổ chức thực hiện" article. In a body
 * of rules an article "Trách nhiệm của …" and its clauses ("4. Phân công …") are more rules: only parts outside the
 * articles count there.
 */
function hasOwnTaskPart(roots: OutlineNode[], rulesArticles: boolean): boolean {
  const visit = (nodes: OutlineNode[]): boolean =>
    nodes.some((node) => {
      if (rulesArticles && node.style === 'article') return false;
      return (isTaskHeading(node) && !IMPLEMENTATION_HEADING.test(foldText(node.title))) || visit(node.children);
    });
  return visit(roots);
}

/**
 * True for a regulation-like document (a rule, a norm, an amendment, a rearrangement of administrative units) that
 * holds no plan: its title says so and it has no indicators, no task table and no task part of its own. Such a text
 * parses into its articles ("Điều 1, 2, 3"), which are not tasks anyone could report on, so it is refused.
 */
export function isRegulationWithoutPlan(
  document: { title: string | null; number: string | null },
  roots: OutlineNode[],
  indicatorCount: number,
  tableItemCount: number,
): boolean {
  if (indicatorCount > 0 || tableItemCount > 0) return false;
  const folded = foldText(document.title ?? '').replace(/\s+/g, ' ').trim();
  if (PLANNING_TITLE.test(folded)) return false;
  const rulesArticles = hasRulesArticle(roots);
  const rules = rulesArticles || REGULATION_TITLE.test(folded) || CONSOLIDATED_TEXT.test(document.number ?? '');
  return rules && !hasOwnTaskPart(roots, rulesArticles);
}

function hasRulesArticle(roots: OutlineNode[]): boolean {
  const visit = (nodes: OutlineNode[]): boolean =>
    nodes.some((node) => (node.style === 'article' && RULES_ARTICLE.test(foldText(node.title))) || visit(node.children));
  return visit(roots);
}
