import { quarterNumber } from './vietnamese-number.util';

export interface FoundDeadline {
  date: string;
  text: string;
  start: number;
}

/** Words that make a date a deadline; a date without one (a cited document's date) is not a deadline. */
const CUE =
  '(?<cue>đến hết|đến cuối|đến|tới|chậm nhất là|chậm nhất|hạn chót|hoàn thành trước|hoàn thành trong|hoàn thành|xong trước|trước|trong|hết|cuối|vào kỳ(?:\\s+\\p{L}+){1,3}?|vào)';

interface DeadlinePattern {
  source: string;
  toDate: (groups: Record<string, string | undefined>, planYear: number | null) => Date | null;
}

function cueGroup(required: boolean): string {
  return required ? `${CUE}\\s+` : `(?:${CUE}\\s+)?`;
}

function utc(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 && year <= 2200 ? date : null;
}

function lastDayOfMonth(year: number, month: number): Date | null {
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(year, month, 0));
}

function isBefore(cue: string | undefined): boolean {
  return cue !== undefined && /^(trước|hoàn thành trước|xong trước)$/iu.test(cue);
}

function yearOf(written: string | undefined, planYear: number | null): number | null {
  return written === undefined ? planYear : Number(written);
}

function patterns(cueRequired: boolean): DeadlinePattern[] {
  const cue = cueGroup(cueRequired);
  return [
    {
      source: `${cue}(?:ngày\\s+)?(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})`,
      toDate: (g) => utc(Number(g.y), Number(g.m), Number(g.d)),
    },
    {
      source: `${cue}ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s+năm\\s+(?<y>\\d{4})`,
      toDate: (g) => utc(Number(g.y), Number(g.m), Number(g.d)),
    },
    {
      source: `${cue}quý\\s+(?<q>[Ii][Vv]|[Ii]{1,3}|[1-4])(?![\\p{L}\\p{N}])(?:\\s*(?:năm\\s+|/\\s*)(?<y>\\d{4}))?`,
      toDate: (g, planYear) => quarterEnd(g, planYear),
    },
    {
      source: `${cue}(?<n>6|9)\\s+tháng\\s+(?<part>đầu|cuối)\\s+năm(?:\\s+(?<y>\\d{4}))?`,
      toDate: (g, planYear) => {
        const year = yearOf(g.y, planYear);
        if (year === null) return null;
        return g.part?.toLowerCase() === 'cuối' ? utc(year, 12, 31) : lastDayOfMonth(year, Number(g.n));
      },
    },
    {
      source: `${cue}tháng\\s+(?<m>\\d{1,2})(?:\\s*(?:năm\\s+|/\\s*)(?<y>\\d{4}))`,
      toDate: (g) => {
        const month = Number(g.m) - (isBefore(g.cue) ? 1 : 0);
        return month === 0 ? utc(Number(g.y) - 1, 12, 31) : lastDayOfMonth(Number(g.y), month);
      },
    },
    {
      source: `${cue}năm\\s+(?<y>\\d{4})(?![\\p{N}/])`,
      toDate: (g) => utc(Number(g.y) - (isBefore(g.cue) ? 1 : 0), 12, 31),
    },
  ];
}

function quarterEnd(groups: Record<string, string | undefined>, planYear: number | null): Date | null {
  const year = yearOf(groups.y, planYear);
  const quarter = quarterNumber((groups.q ?? '').toUpperCase());
  if (year === null || quarter === null) return null;
  const shifted = quarter - (isBefore(groups.cue) ? 1 : 0);
  return shifted === 0 ? utc(year - 1, 12, 31) : lastDayOfMonth(year, shifted * 3);
}

interface CompiledPattern extends DeadlinePattern {
  /** For lower-cased text: cheaper than a case-insensitive search. */
  lower: RegExp;
  anyCase: RegExp;
}

function compile(list: DeadlinePattern[]): CompiledPattern[] {
  return list.map((pattern) => ({
    ...pattern,
    lower: new RegExp(pattern.source, 'gu'),
    anyCase: new RegExp(pattern.source, 'giu'),
  }));
}

const IN_TEXT = compile(patterns(true));
const IN_CELL = compile(patterns(false));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A horizon of a strategy ("tầm nhìn đến năm 2050") is not a deadline. */
const HORIZON_BEFORE = /(tầm nhìn|định hướng|thời kỳ|giai đoạn)\s*$/iu;

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function scan(text: string, planYear: number | null, compiled: CompiledPattern[]): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const haystack = sameLength ? lowered : text;
  for (const pattern of compiled) {
    const regex = sameLength ? pattern.lower : pattern.anyCase;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(haystack)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      if (match.index > 0 && LETTER_OR_DIGIT.test(haystack[match.index - 1])) continue;
      if (HORIZON_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
      const date = pattern.toDate(match.groups ?? {}, planYear);
      const phrase = text.slice(match.index, match.index + match[0].length).trim();
      if (date !== null) found.push({ date: toIso(date), text: phrase, start: match.index });
    }
  }
  return dropOverlaps(found.sort((a, b) => a.start - b.start || b.text.length - a.text.length));
}

/** When two phrasings cover the same words ("đến hết năm" inside a longer phrase), the first, longest one counts. */
function dropOverlaps(found: FoundDeadline[]): FoundDeadline[] {
  const kept: FoundDeadline[] = [];
  let reach = -1;
  for (const deadline of found) {
    if (deadline.start < reach) continue;
    kept.push(deadline);
    reach = deadline.start + deadline.text.length;
  }
  return kept;
}

/**
 * Deadlines stated in running text: "đến 31/12/2026", "trong quý II năm 2026", "6 tháng đầu năm 2026",
 * "trước ngày 30/6/2026", "trong năm 2026". A year left out ("trong quý II") is the plan year.
 */
export function findDeadlines(text: string, planYear: number | null): FoundDeadline[] {
  const found = scan(text, planYear, IN_TEXT);
  const period = trailingPeriod(text, planYear);
  return period === null || found.some((deadline) => deadline.start >= period.start) ? found : [...found, period];
}

/**
 * A task written with its time in closing brackets, "… tích hợp vào Hệ thống quốc gia (2025 - 2030).", "… (Quý IV/2026)",
 * "… (năm 2026)": the bracket holds nothing but the time, so it is the task's time; its end is the deadline.
 * "(2026 trở đi)" and "(xuyên suốt 2025 - 2035)" are open or continuous and stay out, as do brackets naming a document.
 */
const TRAILING_TIME =
  /\(\s*(?<time>(?:(?:trong\s+)?năm\s+)?(?:(?:quý\s+(?:[IV]{1,3}|[1-4])|tháng\s+\d{1,2})\s*(?:[/-]|năm)\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*\)[\s.;:*]*$/iu;

function trailingPeriod(text: string, planYear: number | null): FoundDeadline | null {
  const match = TRAILING_TIME.exec(text);
  if (match?.groups === undefined) return null;
  const period = parseDeadlineCell(match.groups.time, planYear);
  return period === null ? null : { ...period, text: match.groups.time.trim(), start: match.index + 1 };
}

/** "Năm 2025 - 2026", "2026-2030": a period, due at the end of its last year. */
const YEAR_RANGE = /(?<![\p{N}/])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\p{N}/])/u;
/** "Quý IV năm 2025 và các năm tiếp theo", "từ năm 2026 trở đi": an open start is not a deadline. */
/**
 * Open-ended starts: 'Năm 2026 và các năm tiếp theo', 'Từ 01/7/2025' (with no end), 'Từ tháng 11/2025 đến khi kết thúc
 * Tổng kiểm kê' (ending with an event, not a date).
 */
const OPEN_START = /(?:các|những) năm tiếp theo|trở đi|^\s*(?:kể\s+)?từ\s(?!.*(?:(?:đến|tới)(?!\s+khi\s)|-|–))/iu;

/** The deadline of a table's deadline cell, where "Quý II/2026", "Tháng 6/2026" or "Năm 2026" stand alone. */
export function parseDeadlineCell(written: string, planYear: number | null): FoundDeadline | null {
  // old spelling and dash forms of a quarter: "Quí IV-2025" is "Quý IV/2025"
  const cell = written.replace(/(^|[^\p{L}])qu[íi](?=\s)/giu, '$1Quý').replace(/(quý\s+[IV]{1,3}|quý\s+[1-4])\s*[-–]\s*(\d{4})/giu, '$1/$2');
  if (OPEN_START.test(cell)) return null;
  const range = YEAR_RANGE.exec(cell);
  if (range !== null) {
    const end = utc(Number(range[2]), 12, 31);
    return end === null ? null : { date: toIso(end), text: cell.trim(), start: range.index };
  }
  const found = scan(cell, planYear, IN_CELL);
  if (found.length > 0) return found[found.length - 1];
  const years = /(?<![\p{N}/])(\d{4})(?:\s*[-–]\s*(\d{4}))?(?![\p{N}/])/u.exec(cell);
  if (years === null) return null;
  const year = Number(years[2] ?? years[1]);
  const date = utc(year, 12, 31);
  return date === null ? null : { date: toIso(date), text: cell.trim(), start: years.index };
}
