import { agencyOfHeading, isAgencyName } from './agency-name.util';
import { splitAgencies, startsWithAgency } from './agencies.util';
import { parseDeadlineCell } from './parse-deadlines.util';
import { warning } from './parse-warnings.util';
import type { ParsedAssignment, ParsedDeadline, ParsedItem, ParseWarning } from './plan-document.types';

/** Ongoing work and open-ended starts have no deadline by nature; nothing to set by hand. */
const ONGOING = /thường xuyên|hằng năm|hàng năm|định kỳ|các năm tiếp theo|trở đi/iu;
import { foldText, squeezeSpaces } from './text-fold.util';

type FieldKind = 'task' | 'lead' | 'implementer' | 'cooperating' | 'time' | 'product';

/** "Cơ quan chủ trì: ...", "Đơn vị phối hợp: ...", "Thời gian thực hiện: ...", "Sản phẩm: ...": a field of a task, folded. */
const FIELD = /^(?:(?:co quan|don vi|cac co quan|cac don vi)\s+)?(chu tri|phoi hop|thuc hien)(?: thuc hien| trien khai)?\s*:|^(thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?)\s*:|^(san pham(?: du kien| dau ra)?|ket qua(?: du kien| dau ra)?)\s*:|^(nhiem vu|noi dung(?: thuc hien| nhiem vu)?)\s*:/;
const MAX_FIELD_LINE = 2000;
/** A field's name ends at its colon within this many characters. */
const FIELD_NAME_REACH = 48;

interface Field {
  kind: FieldKind;
  /** The text after the field's colon, as written. */
  value: string;
}

/** The field a line opens, or null for a line of running text. */
export function readField(line: string): Field | null {
  if (line.length > MAX_FIELD_LINE) return null;
  const colon = line.indexOf(':');
  if (colon < 0 || colon > FIELD_NAME_REACH) return null;
  const match = FIELD.exec(foldText(line.slice(0, colon + 1)));
  if (match === null) return null;
  const value = squeezeSpaces(line.slice(match[0].length));
  if (match[1] !== undefined) return { kind: match[1] === 'chu tri' ? 'lead' : match[1] === 'phoi hop' ? 'cooperating' : 'implementer', value };
  if (match[2] !== undefined) return { kind: 'time', value };
  if (match[3] !== undefined) return { kind: 'product', value };
  return { kind: 'task', value };
}

/** What an agency does is not part of its name: "Sở KH&CN tiến hành rà soát ..." is "Sở KH&CN" ("các tổ chức" are bodies, not a verb). */
const ACTION_AFTER_NAME =
  /(?<!(?:^|\s)(?:các|những))\stổ chức(?![\p{L}])|\s(?:tiến hành|rà soát|có trách nhiệm|chịu trách nhiệm|chủ trì|theo chức năng|theo nhiệm vụ|trong phạm vi|căn cứ|xây dựng|được giao|làm việc|bố trí|kiện toàn|bảo đảm|đảm bảo|cung cấp|thẩm định|hỗ trợ|tập trung|thực hiện|triển khai)(?![\p{L}])|(?<![Bb]an)\s(?:chỉ đạo|hướng dẫn)(?![\p{L}])/u;

function agenciesOf(text: string): string[] {
  return splitAgencies(text.replace(/[.;:]+$/u, ''))
    .map((agency) => {
      const action = ACTION_AFTER_NAME.exec(agency);
      return squeezeSpaces(action === null || action.index === 0 ? agency : agency.slice(0, action.index));
    })
    .filter((agency) => agency !== '');
}

interface Draft {
  lead: string[];
  implementers: string[];
  cooperating: string[];
  dueText: string | null;
  product: string | null;
}

function emptyDraft(): Draft {
  return { lead: [], implementers: [], cooperating: [], dueText: null, product: null };
}

function addField(draft: Draft, field: Field): void {
  if (field.value === '') return;
  if (field.kind === 'lead') draft.lead.push(...agenciesOf(field.value));
  else if (field.kind === 'implementer') draft.implementers.push(...agenciesOf(field.value));
  else if (field.kind === 'cooperating') draft.cooperating.push(...agenciesOf(field.value));
  else if (field.kind === 'time') draft.dueText ??= field.value.replace(/[.;]+$/u, '').trim();
  else if (field.kind === 'product') draft.product ??= field.value.replace(/[.;]+$/u, '').trim();
}

function toAssignment(draft: Draft): ParsedAssignment | null {
  const lead = draft.lead.length > 0 ? draft.lead : draft.implementers;
  if (lead.length === 0 && draft.cooperating.length === 0) return null;
  return { lead: unique(lead), cooperating: unique(draft.cooperating), dueText: draft.dueText, product: draft.product };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const LETTER_REF = /\.[a-zđ]$/u;

/**
 * Lettered lines that name a task's parts ("a) Nhiệm vụ:", "b) Cơ quan thực hiện:", "c) Thời gian thực hiện:")
 * are the task's own text and assignment, not sub-tasks: they are folded into the task.
 */
function foldFieldChildren(item: ParsedItem, draft: Draft): void {
  if (item.children.length < 2) return;
  const fields = item.children.map((child) => (LETTER_REF.test(child.ref) ? readField(child.title) : null));
  if (fields.some((field) => field === null) || !fields.some((field) => field?.kind !== 'task')) return;
  const paragraphs: string[] = [];
  item.children.forEach((child, index) => {
    const field = fields[index] as Field;
    if (field.kind === 'task') {
      if (field.value !== '') paragraphs.push(field.value);
      paragraphs.push(...child.paragraphs);
      return;
    }
    addField(draft, field);
    for (const line of child.paragraphs) {
      const inner = readField(line);
      if (inner !== null) addField(draft, inner);
      else if (field.kind === 'lead' || field.kind === 'implementer' || field.kind === 'cooperating') addField(draft, { kind: field.kind, value: line });
    }
  });
  item.paragraphs.push(...paragraphs);
  item.children = [];
}

/**
 * "Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan:" (also after "Giao"), and "Sở Y tế chủ trì kiểm tra ...":
 * whatever the verb after "chủ trì", the agency before it leads.
 */
const INLINE_LEAD = /^(?:giao\s+)?(.{2,160}?)\s+(chủ trì(?![\p{L}]).*)$/isu;
/** "Ủy ban nhân dân tỉnh (cơ quan chủ trì ...)", "cơ quan được giao chủ trì", "do Bộ Công an chủ trì" name a role, not who leads. */
const NAMES_A_ROLE = /\([^)]*$|(?:^|\s)(?:cơ quan|đơn vị|được giao|được phân công|do)$/iu;

function readInlineLead(text: string, draft: Draft): boolean {
  const match = INLINE_LEAD.exec(text.slice(0, 600));
  // an agency's name holds no ';': "Tổ chức đàm phán …; chủ trì và phối hợp ký …" is a duty, not "Tổ chức …" leading
  if (match === null || match[1].includes(';') || !isAgencyName(match[1]) || NAMES_A_ROLE.test(match[1]) || /^chủ trì\s*:/iu.test(match[2])) return false;
  draft.lead.push(...agenciesOf(match[1]));
  draft.cooperating.push(...cooperatingAfterLead(match[2]));
  return true;
}

const COOPERATING_AFTER_LEAD = /^chủ trì\s*,?\s*(?:và\s+)?phối hợp(?:\s+(?<with>với|cùng))?\s+(?<partners>.+?)(?=\s+(?:tổ chức|thực hiện|triển khai|xây dựng|rà soát|hướng dẫn|tham mưu|nghiên cứu|theo dõi|chỉ đạo|đề xuất|trình|báo cáo|để|nhằm|trong)\s|[:.;]|$)/iu;

const STARTS_WITH_LEAD = /^chủ trì(?![\p{L}])/iu;

/**
 * A section headed by an agency ("1. Công an thành phố") leads where one of its duties, as a paragraph or a
 * lettered child, starts "Chủ trì, phối hợp với ..." (the partners of every such duty co-operate); in a list of such sections (a "Phân công nhiệm vụ" part)
 * the heading agency leads its duties even without that word. Lettered duties starting "Chủ trì" get the
 * heading agency too.
 */
function readAgencyHeading(item: ParsedItem, draft: Draft, inAgencyList: boolean): void {
  const agency = agencyOfHeading(item.title);
  if (agency === null) return;
  const leading = item.paragraphs.filter((paragraph) => STARTS_WITH_LEAD.test(paragraph));
  const leadingChildren = item.children.filter((child) => child.assignment === null && STARTS_WITH_LEAD.test(child.title));
  for (const child of leadingChildren) child.assignment = { lead: agenciesOf(agency), cooperating: cooperatingAfterLead(child.title), dueText: null, product: null };
  if (leading.length === 0 && leadingChildren.length === 0 && !inAgencyList) return;
  draft.lead.push(...agenciesOf(agency));
  // every duty it leads names its partners: "Chủ trì, phối hợp với các cơ quan …", later "Chủ trì, phối hợp Bộ Chỉ huy …"
  for (const paragraph of leading) draft.cooperating.push(...cooperatingAfterLead(paragraph));
}

/** Partners after "chủ trì, phối hợp với …"; without "với" ("chủ trì, phối hợp Bộ Tài chính …") only where an agency follows. */
function cooperatingAfterLead(text: string): string[] {
  const cooperating = COOPERATING_AFTER_LEAD.exec(text.slice(0, 600));
  const partners = cooperating?.groups?.partners;
  if (partners === undefined || (cooperating?.groups?.with === undefined && !startsWithAgency(partners))) return [];
  return agenciesOf(partners);
}

/** Sibling sections most of which are headed by an agency: the document hands out its work agency by agency. */
function isAgencyList(siblings: ParsedItem[]): boolean {
  const agencies = siblings.filter((item) => agencyOfHeading(item.title) !== null).length;
  return agencies >= 2 && agencies * 2 >= siblings.length;
}

export interface TextAssignmentsResult {
  /** Deadlines that only the assignment's time names ("Thời gian thực hiện: Hoàn thành trong năm 2025"). */
  deadlines: ParsedDeadline[];
  /** Times that name no date ("Theo tiến độ ..."), for the person importing to set. */
  warnings: ParseWarning[];
}

/**
 * Sets `assignment` on the items whose text says who does them (contracts/plan-parse.md, "Assignments"):
 * field bullets ("- Cơ quan chủ trì: ...", "- Thời gian thực hiện: ..."), lettered fields folded into their task,
 * inline "X chủ trì, phối hợp với Y", and sections headed by an agency whose duties start "Chủ trì". A time
 * that names a date or period also gives a deadline. Items are changed in place.
 */
export function assignFromText(items: ParsedItem[], planYear: number | null): TextAssignmentsResult {
  const deadlines: ParsedDeadline[] = [];
  const warnings: ParseWarning[] = [];
  const topInAgencyList = isAgencyList(items);
  const pending = [...items].reverse().map((item) => ({ item, inAgencyList: topInAgencyList }));
  while (pending.length > 0) {
    const { item, inAgencyList } = pending.pop() as { item: ParsedItem; inAgencyList: boolean };
    const draft = emptyDraft();
    foldFieldChildren(item, draft);
    for (const paragraph of item.paragraphs) {
      const field = readField(paragraph);
      if (field !== null && field.kind !== 'task') addField(draft, field);
    }
    if (draft.lead.length === 0 && draft.implementers.length === 0 && !readInlineLead(item.title, draft)) {
      if (item.paragraphs.length === 0 || !readInlineLead(item.paragraphs[0], draft)) readAgencyHeading(item, draft, inAgencyList);
      // A later paragraph of the item's own text that opens "X chủ trì ..." ("Tiêu độc, khử trùng" then "Trung tâm ... chủ trì ...").
      if (draft.lead.length === 0) item.paragraphs.slice(1).some((paragraph) => readInlineLead(paragraph, draft));
    }
    const assignment = toAssignment(draft);
    if (assignment !== null && item.assignment === null) {
      item.assignment = assignment;
      const due = assignment.dueText === null ? null : parseDeadlineCell(assignment.dueText, planYear);
      if (due !== null) deadlines.push({ ref: item.ref, date: due.date, text: assignment.dueText ?? due.text });
      else if (assignment.dueText !== null && !ONGOING.test(assignment.dueText)) {
        warnings.push(warning('DUE_TEXT_WITHOUT_DATE', null, { ref: item.ref, text: assignment.dueText }));
      }
    }
    const childrenInAgencyList = isAgencyList(item.children);
    for (let i = item.children.length - 1; i >= 0; i -= 1) pending.push({ item: item.children[i], inAgencyList: childrenInAgencyList });
  }
  return { deadlines, warnings };
}
