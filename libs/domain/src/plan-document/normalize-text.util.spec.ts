import { dropRepeatedBlocks, normalizeText, toCleanLines } from './normalize-text.util';

describe('normalizeText', () => {
  it('turns NFD and CRLF into NFC lines', () => {
    const sut = normalizeText('Nghị quyết\r\nKế hoạch năm 2026\r'.normalize('NFD'));

    expect(sut.lines).toEqual(['Nghị quyết', 'Kế hoạch năm 2026']);
    expect(sut.lines.every((line) => line === line.normalize('NFC'))).toBe(true);
  });

  it("stops where the legal-document website's own page resumes after the text", () => {
    const page = ['KẾ HOẠCH', '| 48 | Chủ trì xây dựng phương án cấp điện | EVN |', 'Văn bản này chưa cập nhật nội dung Tiếng Anh', '## Văn bản liên quan', 'Hiệu lực: Đã biết', 'NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN'];

    expect(normalizeText(page.join('\n')).lines).toEqual(['KẾ HOẠCH', '| 48 | Chủ trì xây dựng phương án cấp điện | EVN |']);
    expect(normalizeText(['KẾ HOẠCH', '## Văn bản liên quan', 'Sở Tài chính'].join('\n')).lines).toEqual(['KẾ HOẠCH']);
    expect(normalizeText('Các văn bản liên quan đến kế hoạch\nHiệu lực: từ ngày ký').lines).toHaveLength(2);
  });

  it('joins the lines of a paragraph in a hard-wrapped text without blank lines (a PDF text layer), not two paragraphs', () => {
    const words = 'Tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước trên địa bàn tỉnh theo Quyết định của Ủy ban'.split(' ');
    const wrap = (text: string) => text.split(' ').reduce<string[]>((lines, word) => {
      const last = lines.length - 1;
      if (last >= 0 && `${lines[last]} ${word}`.length <= 60) lines[last] = `${lines[last]} ${word}`;
      else lines.push(word);
      return lines;
    }, []);
    const first = `${words.join(' ')} Nhân dân tỉnh Nghệ An và Kế hoạch của Bộ Công an về bảo vệ bí mật nhà nước trong tình hình mới năm 2026.`;
    const second = 'Đẩy mạnh công tác thanh tra, kiểm tra.';
    const text = ['1. Nhiệm vụ chung', ...wrap(first), ...wrap(second), ...wrap(`${first} ${first}`)].join('\n');

    expect(normalizeText(text).lines).toEqual(['1. Nhiệm vụ chung', first, second, `${first} ${first}`]);
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

  it('joins a line wrapped without blank lines when it goes on in lower case from a clause cut short', () => {
    const text = ['II. NỘI DUNG', '1. Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều', 'hành phòng thủ dân sự.', '- Bảo đảm sự chỉ đạo thống nhất của Ủy', 'ban nhân dân tỉnh;', '2. Diễn tập phòng thủ dân sự', 'Sở Tài chính', 'bố trí kinh phí.'].join('\n');

    expect(toCleanLines(text)).toEqual([
      'II. NỘI DUNG',
      '1. Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều hành phòng thủ dân sự.',
      '- Bảo đảm sự chỉ đạo thống nhất của Ủy ban nhân dân tỉnh;',
      '2. Diễn tập phòng thủ dân sự',
      'Sở Tài chính bố trí kinh phí.',
    ]);
  });

  it('keeps lines apart that end their clause, start a bullet or label, or follow a heading in capitals', () => {
    const text = ['I. MỤC ĐÍCH, YÊU CẦU', 'nội dung', 'a) Nhiệm vụ:', 'triển khai', '- Một', '- hai', '| STT | Nhiệm vụ |', 'tiếp'].join('\n');

    expect(toCleanLines(text)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'nội dung', 'a) Nhiệm vụ:', 'triển khai', '- Một', '- hai', '| STT | Nhiệm vụ |', 'tiếp']);
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
