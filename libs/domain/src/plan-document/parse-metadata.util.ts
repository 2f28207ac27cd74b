import type { DocumentSegment } from './locate-document.util';
import { titleWordOf } from './locate-document.util';
import { readNumberingLabel } from './numbering-label.util';
import { warning } from './parse-warnings.util';
import type { ParseWarning, PlanDocumentKind, PlanDocumentMetadata } from './plan-document.types';
import { capitalizeFirst, foldText, isUpperCaseLine, squeezeSpaces } from './text-fold.util';

const KIND_OF_TITLE: Record<string, PlanDocumentKind> = {
  'nghi quyet': 'nghi-quyet',
  'quyet dinh': 'quyet-dinh',
  'ke hoach': 'ke-hoach',
  'chuong trinh': 'chuong-trinh',
};

/** Local organs take the locality that follows them; central organs stand alone. */
const ORGANS: ReadonlyArray<readonly [RegExp, string, 'local' | 'central']> = [
  [/^hoi dong nhan dan/, 'Hội đồng nhân dân', 'local'],
  [/^u[yỷ] ban nhan dan|^ubnd/, 'Ủy ban nhân dân', 'local'],
  [/^thu tuong chinh phu/, 'Thủ tướng Chính phủ', 'central'],
  [/^chinh phu/, 'Chính phủ', 'central'],
  [/^u[yỷ] ban thuong vu quoc hoi/, 'Ủy ban Thường vụ Quốc hội', 'central'],
  [/^quoc hoi/, 'Quốc hội', 'central'],
];
const LOCALITY_TYPES = ['thanh pho', 'tinh', 'thi xa', 'huyen', 'quan', 'xa', 'phuong', 'dac khu'];
const CENTRAL_CITIES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);
const ACRONYMS = ['HĐND', 'UBND', 'GRDP', 'FDI', 'ODA', 'PPP', 'OCOP', 'KT-XH', 'COVID-19', 'NQ', 'TW'];
const TITLE_STOP = /^(căn cứ|xét|quyết nghị|quyết định\s*:|điều\s+\d|\(ban hành kèm theo|kính gửi)/iu;
const MAX_TITLE_LINES = 6;
const MAX_TITLE_LINE = 600;

/** Header fields are short; a megabyte line in the header is read by its head only. */
const MAX_HEADER_LINE = 600;

function cellsText(line: string): string {
  return squeezeSpaces(line.slice(0, MAX_HEADER_LINE).replace(/\|/g, ' '));
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

function firstMatch(lines: string[], pattern: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match !== null) return match;
  }
  return null;
}

/** "| Số hiệu | 318/NQ-HĐND |": the legal-document website's own summary table before the document. */
function pageField(pageLines: string[], fieldPattern: RegExp): string | null {
  for (const line of pageLines) {
    const cells = line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (cells.length >= 2 && fieldPattern.test(foldText(cells[0]))) return cells[1];
  }
  return null;
}

function readNumber(header: string[], pageLines: string[], caption: Caption | null): string | null {
  const written = firstMatch([header.join(' ')], /Số\s*[:.]\s*(\d[\p{L}\p{N}/\-.]*)/u);
  if (written !== null) return written[1].replace(/[.\-/]+$/, '');
  const page = pageField(pageLines, /^so hieu$/);
  if (page !== null && /\d/.test(page)) return page;
  return caption?.number ?? null;
}

/** "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 ...)": an attached plan names its parent. */
interface Caption {
  number: string;
  issuedOn: string | null;
}

const CAPTION_SCAN = 2_000;
const KIND_NAMES: Record<string, string> = {
  'nghi quyet': 'nghị quyết',
  'quyet dinh': 'quyết định',
  'ke hoach': 'kế hoạch',
  'chuong trinh': 'chương trình',
};

/** The attachment caption that cites this document by its own kind (a resolution's plan cites "Nghị quyết số ..."). */
function readCaption(lines: string[], from: number, kindWord: string | null): Caption | null {
  if (kindWord === null) return null;
  const pattern = new RegExp(
    `kèm theo\\s+${KIND_NAMES[kindWord]}\\s+số\\s+(\\d[\\p{L}\\p{N}/\\-.]*)(?:\\s+ngày\\s+(\\d{1,2})\\s*(?:tháng\\s+|/)(\\d{1,2})\\s*(?:năm\\s+|/)(\\d{4}))?`,
    'iu',
  );
  for (let i = from; i < lines.length; i += 1) {
    if (!lines[i].includes('èm theo')) continue;
    const match = pattern.exec(squeezeSpaces(`${lines[i]} ${lines[i + 1] ?? ''}`.slice(0, CAPTION_SCAN)));
    if (match === null) continue;
    const issuedOn = match[2] === undefined ? null : iso(Number(match[4]), Number(match[3]), Number(match[2]));
    return { number: match[1].replace(/[.\-/,;]+$/, ''), issuedOn };
  }
  return null;
}

function readKind(titleLine: string | null, number: string | null, pageLines: string[]): PlanDocumentKind {
  const word = titleLine === null ? null : titleWordOf(titleLine);
  if (word !== null) return KIND_OF_TITLE[word];
  const code = number === null ? '' : foldText(number);
  if (/\/nq[-/]|^nq/.test(code)) return 'nghi-quyet';
  if (/\/qd[-/]/.test(code)) return 'quyet-dinh';
  if (/\/kh[-/]/.test(code)) return 'ke-hoach';
  if (/\/ctr?[-/]/.test(code)) return 'chuong-trinh';
  const page = pageField(pageLines, /^loai van ban$/);
  return page === null ? 'other' : KIND_OF_TITLE[foldText(page)] ?? 'other';
}

function readIssuedOn(headerLines: string[], body: string[], pageLines: string[], caption: Caption | null): string | null {
  const header = [headerLines.join(' ')];
  const long = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
  const short = /,\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
  const place = firstMatch(header, /,\s*ngày\s+\d/iu) !== null ? firstMatch(header, long) ?? firstMatch(header, short) : null;
  if (place !== null) return iso(Number(place[3]), Number(place[2]), Number(place[1]));
  const page = pageField(pageLines, /^ngay ban hanh$/);
  const pageDate = page === null ? null : /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(page);
  if (pageDate !== null) return iso(Number(pageDate[3]), Number(pageDate[2]), Number(pageDate[1]));
  const passed = firstMatch(body, /thông qua ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu);
  if (passed !== null) return iso(Number(passed[3]), Number(passed[2]), Number(passed[1]));
  return caption?.issuedOn ?? null;
}

function titleCaseWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => capitalizeFirst(word))
    .join(' ');
}

interface Issuer {
  organ: string | null;
  locality: string | null;
  central?: boolean;
}

/** "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH" -> organ and "tỉnh Quảng Ninh". */
/** "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" -> "Bộ Văn hóa, Thể thao và Du lịch": each part of a ministry's name opens in capitals. */
function ministryName(text: string): string | null {
  const words: string[] = [];
  for (const word of text.split(' ')) {
    if (!isUpperCaseLine(word) || /^(cộng|số|độc)$/iu.test(word)) break;
    words.push(word.toLocaleLowerCase('vi'));
  }
  if (words.length < 2) return null;
  return words.map((word, index) => (index <= 1 || /,$/.test(words[index - 1]) || words[index - 1] === 'và' ? capitalizeFirst(word) : word)).join(' ');
}

function readIssuerLine(text: string): Issuer {
  const folded = foldText(text);
  const organ = ORGANS.find(([pattern]) => pattern.test(folded));
  if (organ === undefined && /^bo (?!chinh tri|truong)/.test(folded)) {
    const ministry = ministryName(text);
    return ministry === null ? { organ: null, locality: null } : { organ: ministry, locality: null, central: true };
  }
  if (organ === undefined) return { organ: null, locality: null };
  if (organ[2] === 'central') return { organ: organ[1], locality: null, central: true };
  const words = text.split(' ');
  const organWords = /^ubnd/.test(folded) ? 1 : organ[1].split(' ').length;
  const rest: string[] = [];
  for (const word of words.slice(organWords)) {
    if (!isUpperCaseLine(word) || /^(cộng|số|độc)$/iu.test(word)) break;
    rest.push(word);
  }
  return { organ: organ[1], locality: localityOf(rest.join(' ')) };
}

function localityOf(upperText: string): string | null {
  const folded = foldText(upperText);
  const type = LOCALITY_TYPES.find((candidate) => folded.startsWith(`${candidate} `));
  if (type === undefined) return null;
  const typeWords = type.split(' ').length;
  const name = upperText.split(' ').slice(typeWords).join(' ');
  const typeText = upperText.split(' ').slice(0, typeWords).join(' ').toLocaleLowerCase('vi');
  return name === '' ? null : `${typeText} ${titleCaseWords(name)}`;
}

function readIssuer(header: string[], afterTitle: string[], pageLines: string[]): string | null {
  let organ: string | null = null;
  let locality: string | null = null;
  for (const line of [squeezeSpaces(header.join(' ')), ...afterTitle.filter((text) => isUpperCaseLine(text))]) {
    const found = readIssuerLine(line);
    if (found.central && organ === null) return found.organ;
    organ = organ ?? found.organ;
    locality = locality ?? found.locality;
    if (organ !== null && locality !== null) break;
  }
  locality = locality ?? localityFromPlace(header) ?? localityFromPage(pageLines);
  if (organ === null) return null;
  return locality === null ? organ : `${organ} ${locality}`;
}

function localityFromPlace(header: string[]): string | null {
  const place = firstMatch(header, /^([\p{Lu}][\p{L} ]{1,40}),\s*ngày\s/u);
  if (place === null) return null;
  const name = squeezeSpaces(place[1]);
  const typed = /^(thành phố|tỉnh)\s+(.+)$/iu.exec(name);
  if (typed !== null) return `${typed[1].toLocaleLowerCase('vi')} ${typed[2]}`;
  return `${CENTRAL_CITIES.has(foldText(name)) ? 'thành phố' : 'tỉnh'} ${name}`;
}

function localityFromPage(pageLines: string[]): string | null {
  const page = pageField(pageLines, /^co quan ban hanh$/);
  return page === null ? null : localityOf(page.toLocaleUpperCase('vi'));
}

function isTitleStop(line: string): boolean {
  if (line === '' || TITLE_STOP.test(line) || readNumberingLabel(line) !== null) return true;
  const folded = foldText(line);
  return isUpperCaseLine(line) && /^(?:hoi dong nhan dan|u[yỷ] ban nhan dan|khoa |ky hop|chu tich|(?:quoc hoi|chinh phu|u[yỷ] ban thuong vu quoc hoi)$)/.test(folded);
}

/** Acronyms keep their own spelling in a title written in capitals ("IOT" is "IoT"). */
const ACRONYM_SPELLING = new Map(
  [...ACRONYMS, 'IoT', 'AI', 'GIS', 'BIM', 'CNTT', 'KH&CN', 'STEM', 'ICT', 'IOC', 'TTHC', 'CĐS'].map((word) => [word.toLocaleLowerCase('vi'), word]),
);
/** Names of state bodies and of the country keep their capitals. */
const PROPER_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  'Thủ tướng Chính phủ', 'Chính phủ', 'Quốc hội', 'Bộ Chính trị', 'Ban Chấp hành Trung ương', 'Việt Nam',
].map((name) => [new RegExp(`(?<![\\p{L}])${name.toLocaleLowerCase('vi')}(?![\\p{L}])`, 'gu'), name] as const);

function caseOfWord(word: string): string {
  if (/\d/.test(word)) return word;
  const lower = word.toLocaleLowerCase('vi');
  const core = /^([^\p{L}]*)(.*?)([^\p{L}\p{N}&]*)$/u.exec(lower);
  const spelled = core === null ? undefined : ACRONYM_SPELLING.get(core[2]);
  return spelled === undefined || core === null ? lower : `${core[1]}${spelled}${core[3]}`;
}

/** Capitals become sentence case; words with digits ("5G", "214/NQ-CP"), acronyms, state bodies and the locality keep their capitals. */
function sentenceCase(text: string, locality: string | null): string {
  let result = capitalizeFirst(text.split(' ').map(caseOfWord).join(' '));
  for (const [pattern, name] of PROPER_NAMES) result = result.replace(pattern, name);
  const name = locality?.replace(/^(?:thành phố|thị xã|tỉnh|huyện|quận|xã|phường|đặc khu)\s+/u, '');
  if (name) result = result.replace(new RegExp(`(?<![\\p{L}])${escape(name.toLocaleLowerCase('vi'))}(?![\\p{L}])`, 'gu'), name);
  return capitalizeFirst(result);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The title is the block after the title word (blank lines before it skipped), up to a blank line or a stop. */
function readTitle(lines: string[], titleIndex: number, locality: string | null, pageLines: string[]): string {
  const parts: string[] = [];
  const opening = cellsText(lines[titleIndex] ?? '');
  const word = titleWordOf(opening);
  // "NGHỊ QUYẾT LIÊN TỊCH", "THÔNG TƯ LIÊN TỊCH": the kind of a joint document, not the start of its title
  const rest = word === null ? '' : opening.slice(word.length + 1).replace(/^\s*LIÊN TỊCH\s*/u, '');
  if (rest !== '') parts.push(rest);
  let i = titleIndex + 1;
  if (parts.length === 0) while (i < lines.length && lines[i] === '') i += 1;
  for (; i < lines.length && parts.length < MAX_TITLE_LINES; i += 1) {
    if (lines[i].length > MAX_TITLE_LINE) break;
    const line = cellsText(lines[i]);
    if (isTitleStop(line)) break;
    // a title written in capitals ends where the text goes on in ordinary case ("… PHÒNG THỦ DÂN SỰ" / "Thực hiện …")
    if (parts.length > 0 && parts.every(isUpperCaseLine) && !isUpperCaseLine(line)) break;
    parts.push(line);
  }
  const joined = squeezeSpaces(parts.join(' '));
  if (joined !== '') return isUpperCaseLine(joined) ? sentenceCase(joined, locality) : capitalizeFirst(joined);
  const pageTitle = /\s(về\s.+?)(?:\s+do\s.+\sban hành)?$/iu.exec(pageLines[0] ?? '');
  return pageTitle === null ? '' : capitalizeFirst(pageTitle[1]);
}

/** "năm 2026" names the plan's year; a date ("tháng 01 năm 2025") or a horizon ("đến năm 2045") does not. */
function readPlanYear(title: string): number | null {
  if (/giai đoạn\s+\d{4}\s*[-–]/iu.test(title)) return null;
  const years = [...title.matchAll(/năm\s+(\d{4})/giu)]
    .filter((match) => !/(tháng\s+\d{1,2}|đến|tới|tầm nhìn|định hướng)\s*$/iu.test(title.slice(Math.max(0, match.index - 24), match.index)))
    .map((match) => Number(match[1]));
  return years.length > 0 ? years[years.length - 1] : null;
}

export interface MetadataResult {
  document: PlanDocumentMetadata;
  warnings: ParseWarning[];
}

/** Number, kind, issuer, date, title and plan year from the title block, the page's summary as a fallback. */
export function parseMetadata(lines: string[], main: DocumentSegment): MetadataResult {
  const titleIndex = main.titleLine;
  const pageLines = lines.slice(0, main.start);
  const header = titleIndex >= 0 ? lines.slice(main.start, titleIndex + 1).map(cellsText) : lines.slice(0, 12).map(cellsText);
  const afterTitle = titleIndex >= 0 ? lines.slice(titleIndex + 1, titleIndex + 8).map(cellsText) : [];
  const body = lines.slice(main.start, main.end);
  const kindWord = titleIndex >= 0 ? titleWordOf(lines[titleIndex]) : null;
  const caption = readCaption(lines, Math.max(titleIndex, 0), kindWord);
  const number = readNumber(header, pageLines, caption);
  const issuer = readIssuer(header, afterTitle, pageLines);
  const locality = issuer === null ? null : /(tỉnh|thành phố|huyện|xã|phường|thị xã|quận) .+$/u.exec(issuer)?.[0] ?? null;
  const title = titleIndex >= 0 ? readTitle(lines, titleIndex, locality, pageLines) : readTitle([''], 0, locality, pageLines);
  const document: PlanDocumentMetadata = {
    number,
    kind: readKind(titleIndex >= 0 ? lines[titleIndex] : null, number, pageLines),
    issuer,
    issuedOn: readIssuedOn(header, body, pageLines, caption),
    title,
    planYear: readPlanYear(title),
  };
  const at = titleIndex >= 0 ? titleIndex : null;
  const warnings: ParseWarning[] = [];
  if (document.number === null) warnings.push(warning('NUMBER_NOT_FOUND', at));
  if (document.issuedOn === null) warnings.push(warning('ISSUE_DATE_NOT_FOUND', at));
  // A plan for a period ('giai đoạn 2026 - 2030', 'đến năm 2030') has no single year; only a missing year is worth saying.
  if (document.planYear === null && !/\d{4}/.test(title)) warnings.push(warning('PLAN_YEAR_NOT_FOUND', at));
  return { document, warnings };
}
