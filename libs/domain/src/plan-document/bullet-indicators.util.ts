import { flattenOutline, type OutlineNode } from './outline.util';
import { extractTargets } from './parse-targets.util';
import type { IndicatorGroup } from './plan-document.types';
import { foldText } from './text-fold.util';

/** An indicator read from a '-' bullet, before its targets are read. */
export interface BulletIndicatorDraft {
  code: string;
  group: IndicatorGroup;
  text: string;
}

/** "Mục tiêu chung", "Mục tiêu tổng quát": a general aim, not a list of targets. */
const GENERAL_AIM = /^muc tieu (chung|tong quat)/;

const FIELDS: ReadonlyArray<readonly [IndicatorGroup, RegExp]> = [
  ['environment', /moi truong(?! (?:dien tu|so|mang|dau tu|kinh doanh))|tai nguyen|rung|bien doi khi hau|chat thai|thien tai/g],
  ['society', /xa hoi|van hoa|y te|giao duc|mam non|tre em|lao dong|viec lam|dan so|an sinh|suc khoe|the thao|giam ngheo/g],
  ['economy', /kinh te|ha tang|xay dung|giao thong|cong nghiep|nong nghiep|thuong mai|dau tu|ngan sach|doanh nghiep|du lich|chuyen doi so|xuat khau|hang hoa/g],
];

/** Figures of the economy as a whole: "Tốc độ tăng GDP", "GRDP bình quân đầu người", "chỉ số giá tiêu dùng (CPI)". */
const MACRO_ECONOMY = /\bgr?dp\b|tang truong kinh te|chi so gia tieu dung|\bcpi\b|thu ngan sach/;

/** The field a heading or a title speaks of most ("Đối với cha mẹ trẻ em" is society); null where none leads. */
export function groupOfText(text: string): IndicatorGroup | null {
  const folded = foldText(text);
  const counts = FIELDS.map(([group, pattern]) => ({ group, hits: folded.match(pattern)?.length ?? 0 })).sort((a, b) => b.hits - a.hits);
  return counts[0].hits > 0 && counts[0].hits > counts[1].hits ? counts[0].group : null;
}

/** A heading with inline text ("d) Đối với cha mẹ trẻ em: Phấn đấu ...") is named by the words before its colon. */
function headingName(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}

function hasFigure(text: string): boolean {
  return extractTargets(text).length > 0;
}

/** "- Giai đoạn 2025-2027", "- Đến năm 2030:" over '+' bullets: a period that heads the bullets after it, not an indicator. */
const PERIOD_HEADING = /^(?:giai doan|den (?:het )?nam|nam|tu nam|trong nam|sau nam)\s[\d\s\-–,va]*\d{4}\s*:?$/;
const MAX_PERIOD_HEADING = 60;

function isPeriodHeading(text: string): boolean {
  return text.length <= MAX_PERIOD_HEADING && PERIOD_HEADING.test(foldText(text).trim());
}

function bulletTexts(node: OutlineNode): string[] {
  return node.paragraphs.filter((text, index) => node.bullets[index] === true && !isPeriodHeading(text));
}

/**
 * Indicators written as '-' bullets under sub-headings of the objectives part ("a) Đến năm 2026", "1. Phát
 * triển kinh tế số"): each bullet is one indicator coded '<sub-heading>.<position>' ("a.2"); a heading of such a
 * list without bullets but with a figure of its own ("d) Đối với cha mẹ: Phấn đấu 100% ...") is one indicator
 * coded by its label. A bullet list with no figure at all (a long-term direction) is not an indicator list.
 * Empty where the sub-headings only name a field ("Về kinh tế"): those lists are numbered straight through.
 */
export function readBulletIndicators(
  section: OutlineNode,
  documentGroup: IndicatorGroup | null,
  isFieldHeader: (text: string) => boolean,
): BulletIndicatorDraft[] {
  const all = flattenOutline([section]);
  const parentOf = new Map<OutlineNode, OutlineNode>();
  for (const node of all) for (const child of node.children) parentOf.set(child, node);
  const nodes = all.filter((node) => node !== section && !GENERAL_AIM.test(foldText(node.title)));
  const lists = nodes.filter((node) => {
    const bullets = bulletTexts(node);
    return bullets.length > 0 && (bullets.some(hasFigure) || hasListedSibling(node, parentOf));
  });
  if (lists.length === 0 || lists.every((node) => isFieldHeader(node.title))) return [];
  const listSet = new Set(lists);
  const listParents = new Set(lists.map((node) => parentOf.get(node)));
  const drafts: BulletIndicatorDraft[] = [];
  for (const node of nodes) {
    const listGroup = groupOfText(headingName(node.title)) ?? documentGroup;
    const group = listGroup ?? 'other';
    if (listSet.has(node)) {
      // Where neither the sub-heading nor the title names a field ("Điều chỉnh một số chỉ tiêu chủ yếu" of a plan for
      // "kinh tế - xã hội"), a bullet measuring the economy as a whole (GDP, growth, prices) is economy.
      bulletTexts(node).forEach((text, index) => drafts.push({ code: `${node.label}.${index + 1}`, group: listGroup ?? (MACRO_ECONOMY.test(foldText(text)) ? 'economy' : 'other'), text }));
    } else if (listParents.has(parentOf.get(node)) && node.children.length === 0 && node.paragraphs.length === 0 && hasFigure(node.title)) {
      drafts.push({ code: node.label, group, text: node.title });
    }
  }
  return drafts;
}

/** Siblings under a dated sub-heading share its kind: a figure-free group next to figured ones still counts. */
function hasListedSibling(node: OutlineNode, parentOf: Map<OutlineNode, OutlineNode>): boolean {
  const parent = parentOf.get(node);
  if (parent === undefined) return false;
  return parent.children.some((sibling) => sibling !== node && sibling.style === node.style && bulletTexts(sibling).some(hasFigure));
}
