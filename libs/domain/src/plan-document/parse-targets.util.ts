import type { IndicatorTarget, TargetComparator } from './plan-document.types';
import { FIGURE_SOURCE, parseVietnameseNumber } from './vietnamese-number.util';

/** A target found in a text, with where its comparator phrase starts and where the target ends. */
export interface TargetMatch {
  target: IndicatorTarget;
  /** Start of the comparator phrase ("đạt trên"), or of the figure when there is none. */
  phraseStart: number;
  figureStart: number;
  end: number;
}

const FIGURE = new RegExp(`(?<![\\p{L}\\p{N}/.,])(?:${FIGURE_SOURCE})(?![\\p{N}])`, 'gu');
const RANGE = new RegExp(`\\s*(%)?\\s*(?:-|–|—|~|đến|tới)\\s*(${FIGURE_SOURCE})(?![\\p{N}])`, 'uy');

/** Words after which a number names a date, a document or a position, not a quantity. */
const NOT_QUANTITY_BEFORE = new Set([
  'ngày', 'tháng', 'năm', 'quý', 'số', 'thứ', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'phần', 'lần',
  'kỳ', 'khóa', 'khoá', 'đoạn', 'trang', 'lục', 'tuần', 'hiệu', 'kỷ', 'cấp', 'tầng', 'tuyến', 'đợt', 'quốc lộ',
]);

/** Longest phrases first, so "không quá" wins over "quá" and "trên dưới" over "dưới". */
const COMPARATOR_PHRASES: ReadonlyArray<readonly [string, TargetComparator]> = [
  ['không vượt quá', 'lte'], ['không thấp hơn', 'gte'], ['không ít hơn', 'gte'], ['trên dưới', 'approx'],
  ['không quá', 'lte'], ['tối đa', 'lte'], ['xuống dưới', 'lt'], ['còn dưới', 'lt'], ['xuống còn', 'lte'],
  ['giảm còn', 'lte'], ['không dưới', 'gte'], ['ít nhất', 'gte'], ['tối thiểu', 'gte'], ['thấp hơn', 'lt'],
  ['ít hơn', 'lt'], ['nhỏ hơn', 'lt'], ['cao hơn', 'gt'], ['lớn hơn', 'gt'], ['nhiều hơn', 'gt'],
  ['vượt trên', 'gt'], ['xấp xỉ', 'approx'], ['khoảng', 'approx'], ['chừng', 'approx'], ['gần', 'approx'],
  ['còn', 'lte'], ['dưới', 'lt'], ['vượt', 'gt'], ['trên', 'gt'], ['hơn', 'gt'], ['từ', 'gte'], ['>=', 'gte'],
  ['≥', 'gte'], ['<=', 'lte'], ['≤', 'lte'], ['>', 'gt'], ['<', 'lt'], ['~', 'approx'],
];

/** Verbs that only introduce a figure; they belong to the phrase but do not change the comparator. */
const LEAD_VERBS = ['đạt', 'bằng', 'là', 'ở mức', 'duy trì', 'phấn đấu'];

const RANK_WORDS = ['nhóm', 'top', 'tốp', 'xếp thứ', 'đứng thứ', 'xếp hạng', 'thứ hạng'];

/** Words that end a unit: what follows them says something else about the figure. */
const UNIT_STOP_WORDS = new Set([
  'và', 'hoặc', 'trong', 'trở', 'so', 'với', 'tại', 'của', 'trên', 'dưới', 'đạt', 'để', 'theo', 'cho',
  'từ', 'đến', 'khi', 'nhằm', 'là', 'thì', 'mà', 'được', 'đã', 'sẽ', 'cần', 'phải', 'bằng', 'hơn', 'trước',
  'sau', 'vào', 'ở', 'như', 'gồm', 'bao', 'nhưng', 'còn', 'tăng', 'giảm', 'đạt', 'có', 'không', 'thuộc',
]);
const TIME_WORDS = new Set(['năm', 'tháng', 'quý', 'giai', 'ngày']);
const MAX_UNIT_WORDS = 5;
const PREFIX_WINDOW = 40;
const WORD = /[\p{L}][\p{L}\p{M}\p{N}²³]*/uy;

interface UnitRead {
  unit: string | null;
  end: number;
}

/** Reads the unit after a figure: "%", "tỷ đồng", "doanh nghiệp/năm", "giường bệnh/1 vạn dân". */
export function readUnit(text: string, from: number): UnitRead {
  let position = from;
  while (text[position] === ' ') position += 1;
  if (text[position] === '%') return readPercentUnit(text, position);
  const words: string[] = [];
  let end = from;
  while (words.length < MAX_UNIT_WORDS) {
    const word = readUnitWord(text, position);
    if (word === null) break;
    words.push(word.text);
    position = end = word.end;
    if (text[position] === '/') {
      const denominator = readDenominator(text, position + 1);
      if (denominator !== null) {
        words[words.length - 1] += `/${denominator.text}`;
        end = denominator.end;
      }
      break;
    }
    if (text[position] !== ' ') break;
    position += 1;
  }
  return words.length === 0 ? { unit: null, end: from } : { unit: words.join(' '), end };
}

interface UnitPiece {
  text: string;
  end: number;
}

function readUnitWord(text: string, position: number): UnitPiece | null {
  WORD.lastIndex = position;
  const word = WORD.exec(text);
  if (word === null) return null;
  const lower = word[0].toLowerCase();
  if (UNIT_STOP_WORDS.has(lower)) return null;
  const next = text.slice(position + word[0].length, position + word[0].length + 6);
  if (TIME_WORDS.has(lower) && /^\s+(\d|[IVX]+\b)/.test(next)) return null;
  return { text: word[0], end: position + word[0].length };
}

/** After a slash: "năm", "người", "1 vạn dân", "1.000 dân". */
function readDenominator(text: string, position: number): UnitPiece | null {
  const denominator = /(?:\d[\d.,]*\s*)?[\p{L}][\p{L}\p{M}]*(?: [\p{L}][\p{L}\p{M}]*){0,2}/uy;
  denominator.lastIndex = position;
  const match = denominator.exec(text);
  if (match === null) return null;
  const kept: string[] = [];
  for (const token of match[0].split(' ')) {
    if (kept.length > 0 && UNIT_STOP_WORDS.has(token.toLowerCase())) break;
    kept.push(token);
  }
  const value = kept.join(' ');
  return { text: value, end: position + value.length };
}

function readPercentUnit(text: string, percentAt: number): UnitRead {
  const perYear = /%\s*\/\s*năm/uy;
  perYear.lastIndex = percentAt;
  if (perYear.test(text)) return { unit: '%/năm', end: perYear.lastIndex };
  return { unit: '%', end: percentAt + 1 };
}

function lastWordBefore(text: string, position: number): string {
  const window = text.slice(Math.max(0, position - 16), position).toLowerCase();
  const match = /(\p{L}+)\s*$/u.exec(window);
  return match === null ? '' : match[1];
}

/** Dates, document numbers ("70-NQ/TW"), article numbers, years, version numbers and names ("5G") are not quantities. */
function isNotQuantity(text: string, start: number, end: number, raw: string): boolean {
  const after = text.slice(end, end + 4);
  if (/^(?:[-/][A-ZĐ]|\/\d|-\d{2,4}\/|\p{Lu})/u.test(after)) return true;
  const before = lastWordBefore(text, start);
  if (NOT_QUANTITY_BEFORE.has(before)) return true;
  if (/quốc lộ\s*$|tỉnh lộ\s*$/u.test(text.slice(Math.max(0, start - 10), start).toLowerCase())) return true;
  if (/(?:tốc độ|băng thông|dung lượng|công suất thiết kế)\s*$/u.test(text.slice(Math.max(0, start - 20), start).toLowerCase())) return true;
  if (/^\d\.0$/.test(raw)) return true;
  if (text[start - 1] === '(' && text[end] === ')') return true;
  if (isPerPopulation(text, start, end)) return true;
  return /^(19|20)\d\d$/.test(raw) && !after.startsWith('%');
}

/** "trên 1 vạn dân", "/10.000 dân" is a denominator ("per 10,000 people"), not a target. */
function isPerPopulation(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
  if (!/(?:trên|\/)\s*$/u.test(before)) return false;
  return /^\s*(?:vạn|nghìn|ngàn|triệu|trăm)?\s*(?:dân|người|hộ)(?![\p{L}])/u.test(text.slice(end, end + 16));
}

interface PrefixRead {
  comparator: TargetComparator | null;
  rank: boolean;
  phraseStart: number;
}

/** The comparator phrase just before a figure ("đạt trên", "từ", "thấp hơn"), within the same clause. */
function readPrefix(text: string, figureStart: number, floor: number): PrefixRead {
  const windowStart = Math.max(floor, figureStart - PREFIX_WINDOW);
  let prefix = text.slice(windowStart, figureStart).toLowerCase();
  const clauseBreak = Math.max(prefix.lastIndexOf(','), prefix.lastIndexOf(';'), prefix.lastIndexOf(':'), prefix.lastIndexOf('.'));
  const base = clauseBreak >= 0 ? windowStart + clauseBreak + 1 : windowStart;
  prefix = prefix.slice(clauseBreak + 1).trimEnd();
  let phraseStart = figureStart;
  let comparator: TargetComparator | null = null;
  let rank = false;
  const rankWord = RANK_WORDS.find((word) => endsWithPhrase(prefix, word));
  if (rankWord !== undefined) {
    rank = true;
    prefix = prefix.slice(0, prefix.length - rankWord.length).trimEnd();
    phraseStart = base + prefix.length;
  } else {
    for (const [phrase, value] of COMPARATOR_PHRASES) {
      if (!endsWithPhrase(prefix, phrase)) continue;
      comparator = value;
      prefix = prefix.slice(0, prefix.length - phrase.length).trimEnd();
      phraseStart = base + prefix.length;
      break;
    }
  }
  for (const verb of LEAD_VERBS) {
    if (!endsWithPhrase(prefix, verb)) continue;
    prefix = prefix.slice(0, prefix.length - verb.length).trimEnd();
    phraseStart = base + prefix.length;
    break;
  }
  return { comparator, rank, phraseStart: skipSpaces(text, phraseStart, figureStart) };
}

function skipSpaces(text: string, from: number, limit: number): number {
  let position = from;
  while (position < limit && /\s/.test(text[position])) position += 1;
  return position;
}

function endsWithPhrase(prefix: string, phrase: string): boolean {
  if (!prefix.endsWith(phrase)) return false;
  if (/^[<>≤≥~]/.test(phrase)) return true;
  const before = prefix.length - phrase.length - 1;
  return before < 0 || !/[\p{L}\p{N}]/u.test(prefix[before]);
}

const RANK_CONTEXT = /(đứng đầu|dẫn đầu|cao nhất|tốt nhất|hàng đầu|cả nước|toàn quốc)/u;

/** Who a figure of age describes: "dân số từ 15 tuổi trở lên", "trẻ em từ 06 tháng đến 36 tháng tuổi". */
const POPULATION_AGE = new RegExp(
  String.raw`(?<=(?:dân số|dân|người|trẻ|trẻ em|em|học sinh|sinh viên|lao động|thanh niên|thiếu niên|phụ nữ|nam|nữ|con|cháu|nhóm trẻ|công dân)\s+)` +
    String.raw`(?:(?:từ|dưới|trên|đủ|đến)\s+)?\d{1,3}\s+(?:tháng\s+)?(?:tuổi|tháng)(?:\s*(?:đến|tới|-|–)\s*(?:dưới\s+)?\d{1,3}\s+(?:tháng\s+)?tuổi)?`,
  'giu',
);

/** Ages that say who is counted are not targets; their digits are hidden, positions kept. */
function maskPopulationAges(text: string): string {
  if (!/tuổi/iu.test(text)) return text;
  return text.replace(POPULATION_AGE, (phrase) => phrase.replace(/\d/g, '#'));
}

/** Every measurable figure of a text, in order, with comparator, range and unit. */
export function extractTargets(written: string): TargetMatch[] {
  const text = maskPopulationAges(written);
  const matches: TargetMatch[] = [];
  let floor = 0;
  FIGURE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = FIGURE.exec(text)) !== null) {
    const start = found.index;
    const raw = found[0];
    let end = start + raw.length;
    const value = parseVietnameseNumber(raw);
    if (value === null || isNotQuantity(text, start, end, raw)) continue;
    const prefix = readPrefix(text, start, floor);
    if (prefix.rank && RANK_CONTEXT.test(text.slice(end, end + 80))) {
      const unit = readUnit(text, end);
      matches.push(rankTarget(value, prefix.phraseStart, start, unit.end));
      floor = unit.end;
      FIGURE.lastIndex = unit.end;
      continue;
    }
    RANGE.lastIndex = end;
    const range = RANGE.exec(text);
    let max: number | null = null;
    let comparator = prefix.comparator ?? 'gte';
    let percent = false;
    if (range !== null && parseVietnameseNumber(range[2]) !== null) {
      max = parseVietnameseNumber(range[2]);
      comparator = 'between';
      percent = range[1] === '%';
      end = RANGE.lastIndex;
    }
    const unitRead = readUnit(text, end);
    const unit = unitRead.unit ?? (percent ? '%' : null);
    end = Math.max(end, unitRead.end);
    comparator = applySuffix(text, end, comparator);
    matches.push({ target: { comparator, value, max, unit, label: null }, phraseStart: prefix.phraseStart, figureStart: start, end });
    floor = end;
    FIGURE.lastIndex = end;
  }
  return matches;
}

function rankTarget(value: number, phraseStart: number, figureStart: number, end: number): TargetMatch {
  return { target: { comparator: 'lte', value, max: null, unit: 'hạng', label: null }, phraseStart, figureStart, end };
}

/** "từ 40% trở lên" is at least 40%, "2% trở xuống" at most 2%. */
function applySuffix(text: string, end: number, comparator: TargetComparator): TargetComparator {
  const after = text.slice(end, end + 14).toLowerCase();
  if (/^\s*trở lên/u.test(after)) return 'gte';
  if (/^\s*trở xuống/u.test(after)) return 'lte';
  return comparator;
}

/**
 * The first quantitative target of a task sentence, or null. A figure needs a unit to count here
 * ("thu hút 22 triệu lượt khách" gives value 22, unit "triệu lượt khách"; the scale word stays in the unit).
 */
export function extractQuantitativeTarget(sentence: string): IndicatorTarget | null {
  const text = sentence.normalize('NFC');
  const first = extractTargets(text).find((match) => match.target.unit !== null);
  return first === undefined ? null : { ...first.target };
}
