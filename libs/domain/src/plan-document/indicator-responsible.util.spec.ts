import * as fs from 'node:fs';
import * as path from 'node:path';
import { withResponsibleAgencies } from './indicator-responsible.util';
import { parsePlanDocument } from './parse-plan-document';
import type { ParsedTable, TableRow } from './parse-tables.util';
import type { ParsedIndicator } from './plan-document.types';

const indicator = (code: string, text: string, responsible?: string[]): ParsedIndicator => ({
  code,
  group: 'economy',
  name: text,
  text,
  targets: [],
  ...(responsible ? { responsible } : {}),
});
const row = (stt: string, cells: TableRow['cells'], group = false): TableRow => ({ stt, group, cells });
const table = (kind: ParsedTable['kind'], rows: TableRow[]): ParsedTable => ({ kind, rows, valueHeader: null });

describe('withResponsibleAgencies', () => {
  const indicators = [
    indicator('1', 'Kinh tế số chiếm 45% GRDP tỉnh'),
    indicator('2', 'Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%'),
    indicator('3', 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%'),
  ];

  it('takes the lead of an appendix row that repeats the indicator, in whatever order the rows come', () => {
    const appendix = table('tasks', [
      row('I', { indicator: 'Kinh tế số' }, true),
      row('1', { indicator: 'Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%.', lead: 'Sở Y tế' }),
      row('2', { indicator: 'Kinh tế số chiếm 45% GRDP tỉnh.', lead: 'Sở Tài chính; Các sở, ngành' }),
    ]);

    const sut = withResponsibleAgencies(indicators, [appendix]);

    expect(sut.map((i) => i.responsible ?? null)).toEqual([['Sở Tài chính', 'Các sở, ngành'], ['Sở Y tế'], null]);
  });

  it('never pairs a task row with an indicator, however alike they read', () => {
    const tasks = table('tasks', [row('1', { task: 'Kinh tế số chiếm 45% GRDP tỉnh', lead: 'Sở Tài chính' })]);

    expect(withResponsibleAgencies(indicators, [tasks]).map((i) => i.responsible ?? null)).toEqual([null, null, null]);
  });

  it('does not pair the same words with another figure, nor a row that only shares a few words', () => {
    const appendix = table('tasks', [
      row('1', { indicator: 'Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 90%', lead: 'Sở Y tế' }),
      row('2', { indicator: 'Tỷ lệ hồ sơ được số hóa', lead: 'Văn phòng UBND tỉnh' }),
    ]);

    expect(withResponsibleAgencies(indicators, [appendix]).map((i) => i.responsible ?? null)).toEqual([null, null, null]);
  });

  it('keeps the agencies an indicator table named beside the figures, and gives one row to one indicator', () => {
    const own = [indicator('1', 'Kinh tế số chiếm 45% GRDP tỉnh', ['Sở Khoa học và Công nghệ']), indicator('2', 'Kinh tế số chiếm 45% GRDP tỉnh')];
    const appendix = table('tasks', [row('1', { indicator: 'Kinh tế số chiếm 45% GRDP tỉnh', lead: 'Sở Tài chính' })]);

    expect(withResponsibleAgencies(own, [appendix]).map((i) => i.responsible ?? null)).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Tài chính']]);
  });
});

describe('parsePlanDocument: who answers for each indicator', () => {
  it('reads the lead column of an indicator table', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH X',
      'KẾ HOẠCH',
      'Thực hiện các chỉ tiêu kinh tế - xã hội năm 2026',
      '',
      'I. CÁC CHỈ TIÊU CHỦ YẾU',
      '',
      '| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Cơ quan chủ trì |',
      '|---|---|---|---|---|',
      '| 1 | Tốc độ tăng trưởng GRDP | % | trên 10 | Sở Tài chính |',
      '| 2 | Tỷ lệ che phủ rừng | % | 46 | Sở Nông nghiệp và Môi trường |',
      '| 3 | Số bác sĩ trên 1 vạn dân | bác sĩ | 15 | |',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Triển khai kế hoạch phát triển kinh tế - xã hội năm 2026.',
    ].join('\n');

    const sut = parsePlanDocument(text);

    expect(sut.indicators.map((i) => [i.code, i.responsible ?? null])).toEqual([
      ['1', ['Sở Tài chính']],
      ['2', ['Sở Nông nghiệp và Môi trường']],
      ['3', null],
    ]);
  });

  it('gives each of the 18 indicators of a real plan the lead its appendix assigns (KH 144/KH-UBND Bắc Ninh)', () => {
    const folder = path.resolve(__dirname, '../../../../fixtures/plans/real');
    const sut = parsePlanDocument(fs.readFileSync(path.join(folder, '04-bacninh-kh144-kinh-te-so.txt'), 'utf8'));

    expect(sut.indicators.map((i) => `${i.code} ${(i.responsible ?? []).join(' + ')}`)).toEqual([
      '1.1 Sở Tài chính',
      '1.2 Sở KH&CN + Các sở, ngành + UBND cấp xã',
      '1.3 Sở Khoa học và Công nghệ',
      '1.4 Sở Khoa học và Công nghệ',
      '1.5 Sở Tài chính',
      '2.1 Sở Khoa học và Công nghệ',
      '2.2 Sở Khoa học và Công nghệ',
      '2.3 Công an tỉnh',
      '2.4 Công an tỉnh',
      '2.5 Ngân hàng nhà nước khu vực XII',
      '2.6 Tỉnh đoàn',
      '2.7 Sở Khoa học và Công nghệ',
      '2.8 Văn phòng UBND tỉnh',
      '2.9 Sở Y tế',
      '2.10 Sở Y tế',
      '2.11 Ngân hàng nhà nước khu vực XII',
      '2.12 Công an tỉnh',
      '2.13 Sở Khoa học và Công nghệ',
    ]);
  });
});
