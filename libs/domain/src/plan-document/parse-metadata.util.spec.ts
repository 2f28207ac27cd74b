import { parseMetadata } from './parse-metadata.util';

describe('parseMetadata', () => {
  it('reads the title block of an HĐND resolution', () => {
    const lines = [
      'HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/2025/NQ-HĐND | An Bình, ngày 9 tháng 12 năm 2025',
      'NGHỊ QUYẾT', 'VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH AN BÌNH NĂM 2026', 'HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH', 'Căn cứ Luật;',
    ];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 3 });

    expect(sut.document).toEqual({
      number: '12/2025/NQ-HĐND',
      kind: 'nghi-quyet',
      issuer: 'Hội đồng nhân dân tỉnh An Bình',
      issuedOn: '2025-12-09',
      title: 'Về kế hoạch phát triển kinh tế - xã hội tỉnh An Bình năm 2026',
      planYear: 2026,
    });
    expect(sut.warnings).toEqual([]);
  });

  it('reads "NGHỊ QUYẾT LIÊN TỊCH" as the kind of a joint resolution, its title on the next line', () => {
    const lines = ['NGHỊ QUYẾT LIÊN TỊCH', 'Quy định chi tiết việc tổ chức tiếp xúc cử tri', 'QUỐC HỘI', 'Căn cứ Hiến pháp;'];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 0 });

    expect(sut.document.kind).toBe('nghi-quyet');
    expect(sut.document.title).toBe('Quy định chi tiết việc tổ chức tiếp xúc cử tri');
  });

  it('ends a title written in capitals where the text goes on in ordinary case', () => {
    const lines = ['KẾ HOẠCH', 'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ', 'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ.'];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 0 });

    expect(sut.document.title).toBe('Thực hiện quyết định số 1899/QĐ-TTG của Thủ tướng Chính phủ');
  });

  it('falls back to the web page summary table and warns about what is missing', () => {
    const lines = ['| Số hiệu | 7/KH-UBND |', '| Ngày ban hành | 03/02/2026 |', '| Cơ quan ban hành | Tỉnh Hà Bắc |', 'ỦY BAN NHÂN DÂN', 'KẾ HOẠCH', 'Triển khai nhiệm vụ', ''];

    const sut = parseMetadata(lines, { start: 3, end: lines.length, titleLine: 4 });

    expect(sut.document).toMatchObject({ number: '7/KH-UBND', kind: 'ke-hoach', issuer: 'Ủy ban nhân dân tỉnh Hà Bắc', issuedOn: '2026-02-03', planYear: null });
    expect(sut.warnings).toEqual([{ code: 'PLAN_YEAR_NOT_FOUND', line: 4, params: {} }]);
  });

  it('reads a masthead split over lines, a central issuer and a title block after a blank line', () => {
    const lines = [
      'THỦ TƯỚNG CHÍNH', 'PHỦ', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Số:', '25/QĐ-TTg', 'Hà Nội, ngày 27', 'tháng 11 năm 2025', '',
      'QUYẾT ĐỊNH', '', 'PHÊ', 'DUYỆT ĐỀ ÁN ĐẾN NĂM 2030', '', 'THỦ TƯỚNG CHÍNH PHỦ', '',
    ];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 9 });

    expect(sut.document).toEqual({
      number: '25/QĐ-TTg', kind: 'quyet-dinh', issuer: 'Thủ tướng Chính phủ', issuedOn: '2025-11-27', title: 'Phê duyệt đề án đến năm 2030', planYear: null,
    });
  });

  it('takes the locality from a place line that names its kind ("Thành phố Hồ Chí Minh, ngày ...")', () => {
    const lines = ['ỦY BAN NHÂN DÂN', '-------', 'Số: 172/KH-UBND', 'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025', 'KẾ HOẠCH', 'Triển khai thi hành Luật Việc làm', ''];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 4 });

    expect(sut.document.issuer).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
  });

  it('takes number and date from an attached plan\'s caption when there is no masthead', () => {
    const lines = [
      'NGHỊ QUYẾT', '', 'Ban hành Kế hoạch sửa đổi các luật', '', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', '', 'Điều 1.', '', 'KẾ HOẠCH', '',
      '(Ban hành kèm theo Nghị quyết số 13/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của Ủy ban thường vụ Quốc hội)',
    ];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 0 });

    expect(sut.document).toMatchObject({ number: '13/NQ-UBTVQH15', issuer: 'Ủy ban Thường vụ Quốc hội', issuedOn: '2024-12-28', title: 'Ban hành Kế hoạch sửa đổi các luật' });
  });
});

describe('parseMetadata titles in capitals', () => {
  it('keeps figures, acronyms and state bodies as written', () => {
    const lines = ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'Số: 310/KH-UBND', 'Hà Nội, ngày 24 tháng 11 năm 2025', '', 'KẾ HOẠCH', '', 'PHÁT TRIỂN HẠ TẦNG 5G, IOT THEO NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ TẠI HÀ NỘI', ''];

    const sut = parseMetadata(lines, { start: 0, end: lines.length, titleLine: 5 });

    expect(sut.document.title).toBe('Phát triển hạ tầng 5G, IoT theo nghị quyết số 57-NQ/TW của Bộ Chính trị tại Hà Nội');
  });
});

describe('parseMetadata issuers', () => {
  it('names a ministry as written, each part of its name in capitals', () => {
    const lines = ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 5/QĐ-BVHTTDL', 'Hà Nội, ngày 2 tháng 3 năm 2026', 'QUYẾT ĐỊNH', 'Ban hành kế hoạch'];

    expect(parseMetadata(lines, { start: 0, end: lines.length, titleLine: 4 }).document.issuer).toBe('Bộ Văn hóa, Thể thao và Du lịch');
  });
});
