import { dropRepeatedBlocks, normalizeText, toCleanLines } from './normalize-text.util';

describe('normalizeText', () => {
  it('turns NFD and CRLF into NFC lines', () => {
    const sut = normalizeText('Nghị quyết\r\nKế hoạch năm 2026\r'.normalize('NFD'));

    expect(sut.lines).toEqual(['Nghị quyết', 'Kế hoạch năm 2026']);
    expect(sut.lines.every((line) => line === line.normalize('NFC'))).toBe(true);
  });

  it('drops border-only lines and stray borders, keeps table rows', () => {
    expect(toCleanLines('|\nDÂN |\n| STT | Nhiệm vụ |\n\n\n\ntext')).toEqual(['DÂN', '| STT | Nhiệm vụ |', '', 'text']);
  });

  it('reads a block that repeats an earlier block once', () => {
    const block = ['HỘI ĐỒNG NHÂN DÂN', 'NGHỊ QUYẾT', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'.repeat(3)];
    const sut = normalizeText([...block, ...block, 'Điều 1. Nội dung'].join('\n'));

    expect(sut.lines).toEqual([...block, 'Điều 1. Nội dung']);
    expect(sut.warnings).toHaveLength(1);
  });

  it('keeps short repeats such as table cells', () => {
    const lines = ['Sở Tài chính', 'Quý II/2026', 'x', 'Sở Tài chính', 'Quý II/2026', 'y'];

    expect(dropRepeatedBlocks(lines).lines).toEqual(lines);
  });
});

describe('dropRepeatedBlocks and lists', () => {
  it('keeps a lettered task whose bullets repeat an earlier task word for word', () => {
    const task = ['a) Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật.', '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.', '- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.'];
    const lines = ['3.1. Góp ý', ...task, '3.2. Triển khai', ...task];

    expect(dropRepeatedBlocks(lines).lines).toEqual(lines);
  });
});
