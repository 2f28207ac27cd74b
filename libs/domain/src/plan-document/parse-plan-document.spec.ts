import { DomainError } from '../errors/domain-error';
import { parsePlanDocument } from './parse-plan-document';

const smallPlan = [
  'ỦY BAN NHÂN DÂN TỈNH AN BÌNH',
  'Số: 3/KH-UBND',
  'KẾ HOẠCH',
  'Thực hiện nhiệm vụ năm 2026',
  'I. CHỈ TIÊU',
  '(1) Tỷ lệ che phủ rừng đạt trên 50%.',
  'II. NHIỆM VỤ',
  '1. Trồng rừng thay thế, hoàn thành trong quý III năm 2026.',
  'TM. ỦY BAN NHÂN DÂN',
].join('\n');

describe('parsePlanDocument', () => {
  it('parses a small plan', () => {
    const sut = parsePlanDocument(smallPlan);

    expect(sut.indicators.map((indicator) => indicator.code)).toEqual(['1']);
    expect(sut.items.map((item) => item.ref)).toEqual(['II']);
    expect(sut.deadlines).toEqual([{ ref: 'II.1', date: '2026-09-30', text: 'hoàn thành trong quý III năm 2026' }]);
  });

  it('gives NFC strings for NFD input', () => {
    const sut = parsePlanDocument(smallPlan.normalize('NFD'));

    expect(sut.items[0].children[0].title).toBe('Trồng rừng thay thế, hoàn thành trong quý III năm 2026.');
  });

  it.each(['', '   \n\t', '\u200B\uFEFF'])('refuses empty text %j with VALIDATION_FAILED', (text) => {
    expect(() => parsePlanDocument(text)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('refuses a text that is not a planning document', () => {
    const act = () => parsePlanDocument('Hôm nay trời đẹp. 1. Đi chợ. 2. Nấu cơm.');

    expect(act).toThrow(DomainError);
    expect(act).toThrow(expect.objectContaining({ code: 'NOT_A_PLANNING_DOCUMENT' }));
  });
});

describe('parsePlanDocument warnings', () => {
  it('gives each warning a code, the line of the given text it concerns, and the same English line as before', () => {
    const text = ['|', '**ỦY BAN NHÂN DÂN**', 'TỈNH AN BÌNH', '', '**KẾ HOẠCH**', '', 'Thực hiện nhiệm vụ', '', 'I. NHIỆM VỤ', '', '1. Trồng rừng.', '', '- Thời gian thực hiện: Theo tiến độ của dự án.', '', '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.'].join('\n');

    const sut = parsePlanDocument(text);

    expect(sut.warningDetails).toEqual(
      expect.arrayContaining([
        { code: 'NUMBER_NOT_FOUND', line: 5, params: {} },
        { code: 'DUE_TEXT_WITHOUT_DATE', line: null, params: { ref: 'I.1', text: 'Theo tiến độ của dự án' } },
      ]),
    );
    expect(sut.warnings).toHaveLength(sut.warningDetails?.length ?? -1);
    expect(sut.warnings).toContain('Document number (Số: ...) not found.');
  });
});
