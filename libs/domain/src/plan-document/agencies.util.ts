import { foldText, isUpperCaseLine, squeezeSpaces } from './text-fold.util';

/**
 * Words that open the name of an agency or of a collective of agencies ("Sở ...", "UBND ...",
 * "các bộ, ngành ..."), folded. A comma part that opens with none of them continues the previous
 * name ("Các sở, ngành" is one entry, "Các bộ, ngành liên quan" too).
 */
const AGENCY_HEAD =
  /^(?:cac |nhung )?(?:so|bo|ubnd|hdnd|uy ban|co quan|cong an|trung tam|van phong|ban|vien|ngan hang|tinh doan|thanh doan|doan|hoi|dai|bao|cuc|chi cuc|tong cuc|thanh tra|kho bac|bao hiem|lien doan|lien minh|mat tran|mttq|chinh phu|thu tuong|quoc hoi|toa an|kiem toan|doanh nghiep|tap doan|tong cong ty|cong ty|truong|benh vien|bo chi huy|bch|hiep hoi|dang uy|tinh uy|thanh uy|huyen uy|dia phuong|don vi|to chuc|phong|tram|ttg|tu phap|quan khu|canh sat|doi(?! voi| tuong)|lanh dao|chu tich|giam doc|nha may|vksnd|tand)(?![\p{L}])/u;

/**
 * Verbs that end an agency's name inside a cell ("Sở KH&CN chủ trì hướng dẫn, tổng hợp"): the rest is
 * what the agency does, not who it is. Only lower-case forms, so capitalised names keep their words.
 */
const ROLE_VERB =
  /\s(?:chủ trì|phối hợp|thực hiện|thúc đẩy|theo dõi|hướng dẫn|tổng hợp|tham mưu|triển khai|chịu trách nhiệm|có trách nhiệm|báo cáo|đôn đốc|kiểm tra|giám sát|là cơ quan|chủ động|lựa chọn|đẩy mạnh|tăng cường|đề xuất|rà soát|bố trí|trên cơ sở|căn cứ|xem xét|đánh giá|ban hành|hoàn thiện|cập nhật|tiếp tục)(?![\p{L}])|\svới\s(?!(?:các\s|những\s)?\p{Lu})/u;

/** ';', a line break, or 'và' before an agency ("Sở Tài chính và Sở Nội vụ", "Bộ Nội vụ và các bộ, ngành", not "Bộ Nông nghiệp và Môi trường"). */
const AGENCY_CLAUSE_BREAK = /\s*[;\n]\s*|\s+và\s+(?=(?:Sở|Bộ|UBND|Ủy ban|Uỷ ban|Công an|Ban|Trung tâm|Văn phòng|Cục|Viện|Ngân hàng|Các sở|Các bộ|các|những)\s)/u;

/** Joining words a wrapped name may end a line with ("Bộ Khoa học và" / "Công nghệ"). */
const CONNECTIVE_END = /(?:,|;|\bvà|\bvới|\bcủa|\bcác|\bthuộc|\bcấp|-|–)$/u;

/** True when the text opens like an agency's name (whatever its case and diacritics). */
export function startsWithAgency(text: string): boolean {
  return AGENCY_HEAD.test(foldText(text.trim()));
}

/**
 * A comma part that names another agency: a capitalised name ("Sở Nội vụ", "UBND xã") or a collective
 * ("các địa phương"); a bare lower-case noun continues the list before it ("Các sở, ban, ngành").
 */
function opensNewAgency(part: string): boolean {
  return startsWithAgency(part) && (/^\p{Lu}/u.test(part) || /^(?:các|những)\s/u.test(part));
}

/**
 * The agencies of a table cell or assignment phrase, one entry per agency, as written: split on ';'
 * and on ',' where the next part opens a new agency, with trailing role verbs and final dots dropped.
 * "Sở Tài chính, Sở Nội vụ; các sở, ngành" gives ["Sở Tài chính", "Sở Nội vụ", "các sở, ngành"].
 */
export function splitAgencies(text: string): string[] {
  const agencies: string[] = [];
  let inRoleTail = false;
  for (const clause of text.split(AGENCY_CLAUSE_BREAK)) {
    // "… chủ động tổ chức triển khai Luật và các văn bản …": after what an agency does, "và các …" names no agency
    if (inRoleTail && !startsWithAgency(clause)) continue;
    let clauseStarted = false;
    inRoleTail = false;
    for (const rawPart of clause.split(',')) {
      const part = squeezeSpaces(rawPart).replace(/^(?:[-+•]|và)\s+/u, '');
      if (part === '') continue;
      const opensAgency = !clauseStarted || opensNewAgency(part);
      if (!opensAgency && inRoleTail) continue;
      const verb = ROLE_VERB.exec(` ${part}`);
      const name = verb === null ? part : part.slice(0, Math.max(0, verb.index - 1)).trim();
      inRoleTail = verb !== null;
      clauseStarted = true;
      if (name === '') continue;
      if (opensAgency || agencies.length === 0) agencies.push(name);
      else agencies[agencies.length - 1] = `${agencies[agencies.length - 1]}, ${name}`;
    }
  }
  return agencies.map((agency) => agency.replace(/[.;:,]+$/u, '').trim()).filter((agency) => agency !== '');
}

/**
 * A second "Sở" or "Bộ" run on after a name without a separator, as a wrapped table cell leaves it ("Sở Khoa học
 * và Công nghệ Sở Công Thương"); not after a word that ties the two ("Giám đốc Sở ...", "trực thuộc Bộ ...").
 */
const RUN_ON_AGENCY = /(?<=\p{L}{2})(?<!(?:^|\P{L})(?:Sở|Bộ|của|thuộc|và|với|đốc|trưởng|phó|Phó|tại|cho|các|là|giữa|gồm|như|về|đến|tới|gửi|giao|từ|theo|do|qua|trình|lên))\s+(?=(?:Sở|Bộ)\s+\p{Lu})/gu;

/** The agencies of a table's lead or co-operating cell: as splitAgencies, and a name run on after another is a second agency. */
export function splitAgencyCell(cell: string): string[] {
  return splitAgencies(cell.replace(RUN_ON_AGENCY, '; '));
}

/**
 * Joins the lines of an agency cell: a line that opens a new agency after a line that does not end in a
 * joining word (and is no wrapped capitals heading) is a second agency ("Các sở, ngành" / "Sở Tài chính"), so the two are separated by ';'.
 */
export function joinAgencyLines(lines: string[]): string {
  let joined = '';
  let previous = '';
  for (const raw of lines) {
    const line = squeezeSpaces(raw);
    if (line === '') continue;
    if (joined === '') joined = line;
    else if (/^\p{Lu}/u.test(line) && startsWithAgency(line) && !CONNECTIVE_END.test(joined) && !isUpperCaseLine(previous)) {
      joined = `${joined}; ${line}`;
    }
    else joined = `${joined} ${line}`;
    previous = line;
  }
  return joined;
}
