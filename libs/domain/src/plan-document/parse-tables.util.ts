import { isAppendixHeading, isSignatureLine, titleWordOf } from './locate-document.util';
import { stripMarkup } from './strip-markup.util';
import { foldText, squeezeSpaces } from './text-fold.util';
import { romanToNumber } from './vietnamese-number.util';

export type ColumnRole = 'stt' | 'task' | 'lead' | 'cooperating' | 'deadline' | 'product' | 'indicator' | 'unit' | 'value' | 'other';

export interface TableRow {
  /** The STT cell as written, without a trailing dot: "1", "1.2", "II". */
  stt: string;
  /** A group row ("I", "A", a row with a name only) heads the rows under it. */
  group: boolean;
  cells: Partial<Record<ColumnRole, string>>;
}

export interface ParsedTable {
  kind: 'tasks' | 'indicators';
  rows: TableRow[];
  /** The header's value column, e.g. "Kế hoạch năm 2026". */
  valueHeader: string | null;
}

export interface FoundTables {
  tables: ParsedTable[];
  /** Lines that belong to a table and are not paragraphs. */
  consumed: Set<number>;
}

/** Role of a header cell; order matters ("Đơn vị chủ trì" is the lead, not a unit). */
export function columnRole(header: string): ColumnRole {
  const folded = squeezeSpaces(foldText(stripMarkup(header)));
  if (/^(stt|tt|so tt|so thu tu)\.?$/.test(folded)) return 'stt';
  if (/chu tri|(?:co quan|don vi) (?:thuc hien|chu quan|soan thao)|trach nhiem|phan cong/.test(folded)) return 'lead';
  if (/phoi hop/.test(folded)) return 'cooperating';
  if (/thoi gian|thoi han|tien do|han hoan thanh|thoi diem/.test(folded)) return 'deadline';
  if (/san pham|ket qua (?:du kien|dau ra|can dat)|^ket qua$|hinh thuc/.test(folded)) return 'product';
  if (/don vi tinh|^dvt$|^don vi$/.test(folded)) return 'unit';
  // a task group, a legal basis or a procedure's name is not the work itself
  if (/^thuoc nhom|^nhom nhiem vu|vbqppl|van ban quy pham|can cu phap ly|thu tuc hanh chinh|tthc/.test(folded)) return 'other';
  if (/nhiem vu|noi dung|cong viec|de an|ten du an|ten van ban|giai phap/.test(folded)) return 'task';
  if (/chi tieu/.test(folded)) return 'indicator';
  if (/ke hoach|muc tieu|\b(19|20)\d\d\b/.test(folded)) return 'value';
  return 'other';
}

/** A table of tasks, or of indicators handed to agencies (TT | Chỉ tiêu | Chủ trì), is work to do; one of figures is indicators. */
export function tableKind(roles: ColumnRole[]): ParsedTable['kind'] | null {
  if (!roles.includes('stt')) return null;
  // a task table says who or when (or what comes out); a list of contents or costs does not
  const assigns = roles.some((role) => role === 'lead' || role === 'cooperating' || role === 'deadline' || role === 'product');
  if (roles.includes('task') && assigns) return 'tasks';
  if (roles.includes('indicator') && roles.includes('value')) return 'indicators';
  if (roles.includes('indicator') && roles.includes('lead')) return 'tasks';
  return null;
}

function splitPipeRow(line: string): string[] {
  const parts = line.split('|').map((cell) => cell.trim());
  if (line.trimStart().startsWith('|')) parts.shift();
  if (line.trimEnd().endsWith('|')) parts.pop();
  return parts;
}

const ARABIC_STT = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** "1", "1.2", "II", "A": what an STT cell holds. */
export function isStt(cell: string): boolean {
  return ARABIC_STT.test(cell) || isGroupStt(cell);
}

/** "II", "B", and sub-groups "I.1", "III.1.1" under group I, III. */
function isGroupStt(cell: string): boolean {
  const bare = cell.replace(/\.$/, '');
  const top = /^([IVXL]{1,6})(?:\.\d{1,2}){0,3}$/.exec(bare);
  return (top !== null && romanToNumber(top[1]) !== null) || /^[A-HĐ]$/u.test(bare);
}

/** A group row whose label shares the name's cell: "I. Kinh tế số". */
const GROUP_LABEL_AND_NAME = /^([IVXL]{1,6}|[A-HĐ])[.)]\s+(\S.*)$/u;

function toRow(cells: string[], roles: ColumnRole[]): TableRow {
  const row: TableRow = { stt: '', group: false, cells: {} };
  cells.forEach((cell, index) => {
    const role = roles[index] ?? 'other';
    const text = squeezeSpaces(stripMarkup(cell));
    if (text === '') return;
    if (role === 'stt') row.stt = text.replace(/\.$/, '');
    else if (row.cells[role] === undefined) row.cells[role] = text;
  });
  const filled = Object.values(row.cells);
  row.group = isGroupStt(row.stt) || (row.stt === '' && filled.length <= 1);
  const labelled = row.stt === '' && filled.length === 1 ? GROUP_LABEL_AND_NAME.exec(filled[0] ?? '') : null;
  if (labelled !== null && isGroupStt(labelled[1])) {
    row.stt = labelled[1];
    const role = (Object.keys(row.cells) as ColumnRole[])[0];
    row.cells[role] = labelled[2];
  }
  // a group row spanning the table from its first column: "| I. Văn bản thuộc thẩm quyền ... |"
  const spanning = filled.length === 0 ? GROUP_LABEL_AND_NAME.exec(row.stt) : null;
  if (spanning !== null && isGroupStt(spanning[1])) {
    row.stt = spanning[1];
    row.group = true;
    row.cells[roles.includes('task') ? 'task' : 'indicator'] = spanning[2];
  }
  return row;
}

/** A table flattened into "| a | b |" lines; a cell broken over lines continues on the next line. */
function readPipeTable(lines: string[], headerLine: number, consumed: Set<number>): ParsedTable | null {
  const headers = splitPipeRow(lines[headerLine]);
  const roles = headers.map(columnRole);
  const kind = tableKind(roles);
  if (kind === null) return null;
  const rowsCells: string[][] = [];
  let rowOpen = false;
  let index = headerLine + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === '') continue;
    const hasPipes = line.includes('|');
    if (!hasPipes && !rowOpen) break;
    if (isSignatureLine(line) || titleWordOf(line) !== null || isAppendixHeading(line)) break;
    if (hasPipes && columnRole(splitPipeRow(line)[0] ?? '') === 'stt') break;
    const cells = splitPipeRow(line);
    const wholeRow = line.startsWith('|') && line.endsWith('|') && cells.length === headers.length;
    if (wholeRow) rowsCells.push(cells);
    else appendPipeLine(rowsCells, line, rowOpen, hasPipes);
    rowOpen = !line.trimEnd().endsWith('|');
    consumed.add(index);
  }
  consumed.add(headerLine);
  const valueHeader = headers.find((_, position) => roles[position] === 'value') ?? null;
  return { kind, rows: rowsCells.map((cells) => toRow(cells, roles)), valueHeader };
}

function appendPipeLine(rows: string[][], line: string, rowOpen: boolean, hasPipes: boolean): void {
  const current = rows[rows.length - 1];
  if (!hasPipes) {
    if (current) current[current.length - 1] = `${current[current.length - 1]} ${line}`;
    return;
  }
  const startsRow = line.trimStart().startsWith('|');
  const cells = splitPipeRow(line);
  if (current && !startsRow && rowOpen) {
    current[current.length - 1] = `${current[current.length - 1]} ${cells.shift() ?? ''}`;
    current.push(...cells);
    return;
  }
  if (current && cells.length > 0 && cells[0] === '' && !isStt(cells[0])) {
    cells.forEach((cell, position) => {
      if (cell !== '') current[position] = current[position] === undefined ? cell : `${current[position]} ${cell}`;
    });
    return;
  }
  rows.push(cells);
}

const HEADER_CELL_MAX = 60;

/** A table printed one cell per line: "STT", "Nhiệm vụ", "Cơ quan chủ trì", ..., then "1", "...", ... */
function readCellPerLineTable(lines: string[], headerLine: number, consumed: Set<number>): ParsedTable | null {
  const headers: string[] = [lines[headerLine]];
  let index = headerLine + 1;
  while (index < lines.length && lines[index].length <= HEADER_CELL_MAX && columnRole(lines[index]) !== 'stt') {
    if (columnRole(lines[index]) === 'other' && !/ghi chu|kinh phi|nguon|du toan/.test(foldText(lines[index]))) break;
    headers.push(lines[index]);
    index += 1;
  }
  const roles = headers.map(columnRole);
  const kind = tableKind(roles);
  if (kind === null || headers.length < 3) return null;
  for (let i = headerLine; i < index; i += 1) consumed.add(i);
  const rows = collectCellRows(lines, index, headers.length, consumed);
  const valueHeader = headers.find((_, position) => roles[position] === 'value') ?? null;
  return { kind, rows: rows.map((cells) => toRow(cells, roles)), valueHeader };
}

/** Rows start at the next STT ("2" after "1", "1" after a group); a row never takes more cells than the header has. */
function collectCellRows(lines: string[], from: number, width: number, consumed: Set<number>): string[][] {
  const rows: string[][] = [];
  let expected: string[] = [];
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === '') continue;
    if (isSignatureLine(line) || titleWordOf(line) !== null || isAppendixHeading(line)) break;
    const current = rows[rows.length - 1];
    const startsRow = current === undefined ? isStt(line) : expected.includes(line.replace(/\.$/, '')) || isGroupStt(line);
    if (startsRow) {
      rows.push([line]);
      expected = nextStts(line.replace(/\.$/, ''));
    } else if (current !== undefined && current.length < width) {
      current.push(line);
    } else {
      break;
    }
    consumed.add(index);
  }
  return rows;
}

function nextStts(stt: string): string[] {
  if (isGroupStt(stt)) return ['1'];
  const parts = stt.split('.');
  const last = Number(parts[parts.length - 1]);
  const sibling = [...parts.slice(0, -1), String(last + 1)].join('.');
  const child = `${stt}.1`;
  const parentNext = parts.length > 1 ? [...parts.slice(0, -2), String(Number(parts[parts.length - 2]) + 1)].join('.') : '';
  return [sibling, child, parentNext, '1'].filter((value) => value !== '');
}

/** Finds task and indicator tables anywhere in the lines; tables of anything else are left as text. */
export function findTables(lines: string[]): FoundTables {
  const tables: ParsedTable[] = [];
  const consumed = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (consumed.has(index)) continue;
    const line = lines[index];
    let table: ParsedTable | null = null;
    if ((line.match(/\|/g)?.length ?? 0) >= 2) table = readPipeTable(lines, index, consumed);
    else if (line.length <= 16 && columnRole(line) === 'stt') table = readCellPerLineTable(lines, index, consumed);
    if (table !== null) tables.push(table);
  }
  return { tables, consumed };
}
