import { agencyOfHeading } from './agency-name.util';
import type { OutlineNode } from './outline.util';
import { foldText } from './text-fold.util';

const TASK_HEADING =
  /^(?:cac |nhung |mot so |nhom )?(?:nhiem vu|giai phap|to chuc thuc hien|phan cong|noi dung(?:$|,| va | cua ke hoach| (?:thuc hien|trong tam|ke hoach|chu yeu|nhiem vu|cong viec|hoat dong)))/;
/** "(3) Tổ chức thực hiện nhiệm vụ kiểm toán theo kế hoạch … phê duyệt." is a duty written out, not a part's heading. */
function isSentence(title: string): boolean {
  return title.length > 80 && /[.;]$/u.test(title.trim());
}

/** "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn của …": the standing functions of a body, not work to carry out. */
const STANDING_DUTIES = /^(?:cac )?nhiem vu,? (?:va )?quyen han/;
/** Parts of a plan that frame the work rather than list it. */
const FRAMING_HEADING =
  /^(?:cac |nhung )?(?:quan diem|muc dich|yeu cau|muc tieu|chi tieu|pham vi|thoi gian|doi tuong|nguon von|nguon luc|can cu|su can thiet|thuc trang|danh gia|ket qua|boi canh|kinh phi|nguon kinh phi|che do bao cao|bao cao|dieu khoan|hieu luc|to chuc thuc hien|phan cong)/;
const IMPLEMENTATION_HEADING = /^(?:to chuc thuc hien|trach nhiem thuc hien)/;
const MAX_HEADING_LENGTH = 200;

/** "3. Nhiệm vụ và giải pháp", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III. TỔ CHỨC THỰC HIỆN", "II. NỘI DUNG THỰC HIỆN", "III. NỘI DUNG CỦA KẾ HOẠCH", "II. NỘI DUNG". */
export function isTaskHeading(node: OutlineNode): boolean {
  if (node.title.length > MAX_HEADING_LENGTH || isSentence(node.title)) return false;
  const folded = foldText(node.title);
  return TASK_HEADING.test(folded) && !STANDING_DUTIES.test(folded);
}

function isFramingHeading(node: OutlineNode): boolean {
  return node.title.length <= MAX_HEADING_LENGTH && FRAMING_HEADING.test(foldText(node.title));
}

/** "Tổ chức thực hiện" written as one section per agency ("1. Sở Tài chính", "2. Công an tỉnh") hands out responsibilities, not tasks. */
export function isAgencyResponsibilitySection(node: OutlineNode): boolean {
  if (!IMPLEMENTATION_HEADING.test(foldText(node.title)) || node.children.length < 2) return false;
  const agencies = node.children.filter((child) => agencyOfHeading(child.title) !== null).length;
  return agencies * 2 >= node.children.length;
}

/**
 * Parts between the framing parts and the implementation part that carry no heading word of their own are
 * task parts too ("III. PHÁT TRIỂN NỀN MÓNG ..." between "II. MỤC TIÊU" and "V. GIẢI PHÁP").
 */
function taskPartsAmong(siblings: OutlineNode[]): OutlineNode[] {
  const firstTask = siblings.findIndex((node) => isTaskHeading(node) && !IMPLEMENTATION_HEADING.test(foldText(node.title)));
  if (firstTask < 0) return siblings.filter(isTaskHeading);
  let start = firstTask;
  while (start > 0 && !isFramingHeading(siblings[start - 1]) && siblings[start - 1].style === siblings[firstTask].style) start -= 1;
  if (start > 0 && !isFramingHeading(siblings[start - 1])) start = firstTask;
  return siblings.filter((node, index) => isTaskHeading(node) || (index >= start && index < firstTask));
}

/** The outermost task parts, in document order; agency-by-agency implementation sections are left out (into `skipped`). */
export function selectTaskSections(roots: OutlineNode[], skipped: OutlineNode[] = []): OutlineNode[] {
  const sections: OutlineNode[] = [];
  const visit = (siblings: OutlineNode[]): void => {
    const parts = siblings.some(isTaskHeading) ? new Set(taskPartsAmong(siblings)) : new Set<OutlineNode>();
    for (const node of siblings) {
      if (parts.has(node)) {
        if (isAgencyResponsibilitySection(node)) skipped.push(node);
        else sections.push(node);
        continue;
      }
      if (!isTaskHeading(node)) visit(node.children);
    }
  };
  visit(roots);
  return sections;
}
