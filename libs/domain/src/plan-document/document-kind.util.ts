import { isTaskHeading } from './task-sections.util';
import type { OutlineNode } from './outline.util';
import { foldText } from './text-fold.util';

/** What a refused document is, named in the refusal. */
export type NonPlanKind =
  | 'administrative-procedures'
  | 'establishment'
  | 'investment-policy'
  | 'election'
  | 'administrative-units'
  | 'regulation';

/** A folded title that opens with these words, after an optional "Về việc" / "Ban hành" / "Thông qua". */
const titleOpening = (words: RegExp): RegExp => new RegExp(`^(?:ve viec |ve )?(?:ban hanh |thong qua )?(?:${words.source})`);
/**
 * Titles that say what the document is whatever plan words they name further on, with a task table or not: a list of
 * administrative procedures, their internal processes or simplification options ("Công bố danh mục thủ tục hành chính …",
 * "Thông qua phương án đơn giản hóa thủ tục hành chính …": tables of procedures, not of tasks); the establishment or
 * recognition of a body or a status ("Thành lập Ban Chỉ đạo thực hiện Chương trình …", "Công nhận xã miền núi").
 */
const DECISIVE_TITLES: ReadonlyArray<readonly [NonPlanKind, RegExp]> = [
  ['administrative-procedures', /\b(?:thu tuc hanh chinh|tthc)\b/],
  ['establishment', titleOpening(/thanh lap |kien toan |to chuc lai |giai the |cong nhan /)],
];
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
      /quy dinh|quy che|dieu le|sua doi,? bo sung (?:mot so )?(?:dieu|khoan|noi dung|quy dinh)|bai bo|phan cap |uy quyen |dinh muc|muc thu|muc chi|bang gia|gia dat|phi,? le phi|le phi|muc phat|muc tien phat|noi quy|quy tac|danh muc bi mat/,
    ),
  ],
];

/** The refusal of each kind, in English with the Vietnamese after it. */
export const NON_PLAN_MESSAGES: Readonly<Record<NonPlanKind, string>> = {
  'administrative-procedures':
    'The text is a list of administrative procedures, their processes or simplification (thủ tục hành chính) with no tasks, indicators or task table to track (văn bản về thủ tục hành chính, không phải văn bản kế hoạch).',
  establishment:
    'The text is the establishment, reorganisation or recognition of a body or a status (thành lập, kiện toàn, công nhận …) with no tasks, indicators or task table to track (văn bản về tổ chức, không phải văn bản kế hoạch).',
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
/** A named national programme a rule allocates money for ("định mức phân bổ vốn … thực hiện Chương trình MTQG"): no plan word. */
const NATIONAL_PROGRAMME = /\bchuong trinh muc tieu quoc gia\b/g;
/** Articles that open a body of rules ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"): no plan has them. */
const RULES_ARTICLE = /^(?:pham vi dieu chinh|doi tuong ap dung|giai thich tu ngu)\b/;
/** "92/VBHN-BQP": a consolidated text of legal documents. */
const CONSOLIDATED_TEXT = /\/VBHN-/u;
const IMPLEMENTATION_HEADING = /^(?:to chuc thuc hien|trach nhiem thuc hien|dieu khoan thi hanh|hieu luc)/;

/**
 * A task part of the plan itself ("Nhiệm vụ và giải pháp"), not only the closing "Tổ chức thực hiện" article. In a body
 * of rules, or a document whose title says it is no plan, an article "Trách nhiệm của …" or "Nhiệm vụ" (of a fund, a
 * board) and its clauses ("4. Phân công …") are more rules: only parts outside the articles count there.
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
 * What a document that holds no plan is (a list of administrative procedures, an establishment, a project's investment
 * policy, an election, an administrative-unit rearrangement, a regulation), or null for a document to read. A decisive
 * title settles it; otherwise its title says so, or it opens a body of rules, and it has no indicators, no task table and
 * no task part of its own. Such a text parses into its articles ("Điều 1, 2, 3") or tables of procedures, which are not
 * tasks anyone could report on, so it is refused.
 */
export function nonPlanKind(
  document: { title: string | null; number: string | null },
  roots: OutlineNode[],
  indicatorCount: number,
  tableItemCount: number,
): NonPlanKind | null {
  const folded = foldText(document.title ?? '').replace(/\s+/g, ' ').trim();
  const establishment = DECISIVE_TITLES.find(([kind, title]) => kind === 'establishment' && title.test(folded));
  if (establishment) return establishment[0];
  if (PLANNING_TITLE.test(folded.replace(NATIONAL_PROGRAMME, ''))) return null;
  const decisive = DECISIVE_TITLES.find(([, title]) => title.test(folded));
  if (decisive) return decisive[0];
  if (indicatorCount > 0 || tableItemCount > 0) return null;
  const titleKind = NON_PLAN_TITLES.find(([, title]) => title.test(folded))?.[0] ?? null;
  const rulesArticles = hasRulesArticle(roots);
  const kind = titleKind ?? (rulesArticles || CONSOLIDATED_TEXT.test(document.number ?? '') ? 'regulation' : null);
  return kind !== null && !hasOwnTaskPart(roots, rulesArticles || titleKind !== null) ? kind : null;
}

function hasRulesArticle(roots: OutlineNode[]): boolean {
  const visit = (nodes: OutlineNode[]): boolean =>
    nodes.some((node) => (node.style === 'article' && RULES_ARTICLE.test(foldText(node.title))) || visit(node.children));
  return visit(roots);
}
