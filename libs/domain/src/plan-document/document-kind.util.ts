import { isTaskHeading } from './task-sections.util';
import type { OutlineNode } from './outline.util';
import { foldText } from './text-fold.util';

/** What a refused document is, named in the refusal. */
export type NonPlanKind = 'investment-policy' | 'election' | 'administrative-units' | 'regulation';

/** A folded title that opens with these words, after an optional "Về việc" / "Ban hành" / "Thông qua". */
const titleOpening = (words: RegExp): RegExp => new RegExp(`^(?:ve viec |ve )?(?:ban hanh |thong qua )?(?:${words.source})`);
/**
 * Titles of documents that decide something other than planned work, by what they are: a project's investment policy;
 * elections and appointments; administrative-unit rearrangements; rules (regulations and their amendments, spending
 * norms, fees and fines, published procedures, delegations of power). Matched on the folded title after the opening.
 */
const NON_PLAN_TITLES: ReadonlyArray<readonly [NonPlanKind, RegExp]> = [
  ['investment-policy', titleOpening(/(?:quyet dinh |phe duyet |dieu chinh )?chu truong dau tu/)],
  ['election', titleOpening(/bau |mien nhiem|bai nhiem|phe chuan|xac nhan ket qua bau/)],
  ['administrative-units', titleOpening(/sap xep (?:cac )?don vi hanh chinh|thanh lap (?:thi xa|thanh pho|phuong|xa|thi tran)|dieu chinh dia gioi/)],
  [
    'regulation',
    titleOpening(
      /quy dinh|quy che|dieu le|sua doi,? bo sung (?:mot so )?(?:dieu|khoan|noi dung|quy dinh)|bai bo|(?:cong bo )?(?:danh muc )?thu tuc hanh(?: chinh)? |phan cap |uy quyen |dinh muc|muc thu|muc chi|bang gia|gia dat|phi,? le phi|le phi|muc phat|muc tien phat/,
    ),
  ],
];

/** The refusal of each kind, in English with the Vietnamese after it. */
export const NON_PLAN_MESSAGES: Readonly<Record<NonPlanKind, string>> = {
  'investment-policy':
    "The text is a decision on a project's investment policy (chủ trương đầu tư) with no tasks, indicators or task table to track (quyết định chủ trương đầu tư dự án, không phải văn bản kế hoạch).",
  election:
    'The text is an election, appointment or dismissal (bầu, miễn nhiệm, bãi nhiệm, phê chuẩn …) with no tasks, indicators or task table to track (văn bản về nhân sự, không phải văn bản kế hoạch).',
  'administrative-units':
    'The text is a rearrangement of administrative units or their boundaries (sắp xếp đơn vị hành chính, thành lập, điều chỉnh địa giới …) with no tasks, indicators or task table to track (văn bản về đơn vị hành chính, không phải văn bản kế hoạch).',
  regulation:
    'The text is a regulation (quy định, sửa đổi, mức chi, phí, thủ tục hành chính …) with no tasks, indicators or task table to track (văn bản quy phạm, không phải văn bản kế hoạch).',
};

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
 * What a document that holds no plan is (a project's investment policy, an election, an administrative-unit
 * rearrangement, a regulation), or null for a document to read: its title says so, or it opens a body of rules, and it
 * has no indicators, no task table and no task part of its own. Such a text parses into its articles ("Điều 1, 2, 3"),
 * which are not tasks anyone could report on, so it is refused.
 */
export function nonPlanKind(
  document: { title: string | null; number: string | null },
  roots: OutlineNode[],
  indicatorCount: number,
  tableItemCount: number,
): NonPlanKind | null {
  if (indicatorCount > 0 || tableItemCount > 0) return null;
  const folded = foldText(document.title ?? '').replace(/\s+/g, ' ').trim();
  if (PLANNING_TITLE.test(folded)) return null;
  const rulesArticles = hasRulesArticle(roots);
  const titleKind = NON_PLAN_TITLES.find(([, title]) => title.test(folded))?.[0] ?? null;
  const kind = titleKind ?? (rulesArticles || CONSOLIDATED_TEXT.test(document.number ?? '') ? 'regulation' : null);
  return kind !== null && !hasOwnTaskPart(roots, rulesArticles) ? kind : null;
}

function hasRulesArticle(roots: OutlineNode[]): boolean {
  const visit = (nodes: OutlineNode[]): boolean =>
    nodes.some((node) => (node.style === 'article' && RULES_ARTICLE.test(foldText(node.title))) || visit(node.children));
  return visit(roots);
}
