import { continuesWrappedLine, fillsWrapWidth, hardWrapWidth, unwrapBlocks } from './unwrap-lines.util';

describe('unwrapBlocks', () => {
  it('joins the lines of a block and keeps one blank line between blocks', () => {
    expect(unwrapBlocks(['1. Hoàn thiện', 'cơ chế, chính sách.', 'blank', 'blank', '- Bảo đảm', 'tiến độ.'])).toEqual([
      '1. Hoàn thiện cơ chế, chính sách.',
      '',
      '- Bảo đảm tiến độ.',
    ]);
  });

  it('reads "- " opening a wrapped line mid-sentence as text, but a bullet after a finished clause as a bullet', () => {
    expect(unwrapBlocks(['kết hợp từ sản xuất', '- quản lý - tiêu thụ.'])).toEqual(['kết hợp từ sản xuất - quản lý - tiêu thụ.']);
    expect(unwrapBlocks(['Nơi nhận:', '- Như trên;', '- Lưu: VT.'])).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
  });

  it('joins a sentence cut by a stray blank line, not across a table border or after a finished sentence', () => {
    expect(unwrapBlocks(['Phát triển nông nghiệp', 'blank', 'số toàn diện.'])).toEqual(['Phát triển nông nghiệp số toàn diện.']);
    expect(unwrapBlocks(['Bộ Xây dựng', 'border', 'các địa phương'])).toEqual(['Bộ Xây dựng', '', 'các địa phương']);
    expect(unwrapBlocks(['Xong.', 'blank', 'a) Việc tiếp theo'])).toEqual(['Xong.', '', 'a) Việc tiếp theo']);
  });

  it('keeps a label alone on its line together with the text that follows it', () => {
    expect(unwrapBlocks(['1.', 'Trên cơ sở tài liệu, tổ chức tập huấn.'])).toEqual(['1. Trên cơ sở tài liệu, tổ chức tập huấn.']);
  });

  it('keeps a label alone before a blank line as a unit of its own, joined with the text after the blank', () => {
    expect(unwrapBlocks(['1.', 'Sở Nông nghiệp và Môi trường', 'blank', 'a)', 'blank', 'Chủ trì tổ chức tuyên truyền.', 'blank', 'b)', 'Hướng dẫn lập phương án.'])).toEqual([
      '1. Sở Nông nghiệp và Môi trường',
      '',
      'a) Chủ trì tổ chức tuyên truyền.',
      '',
      'b) Hướng dẫn lập phương án.',
    ]);
  });
});

describe('continuesWrappedLine', () => {
  it.each([
    ['1. Kiện toàn Ban Chỉ đạo, điều', 'hành phòng thủ dân sự.', true],
    ['Về tồn tại, hạn chế: Ban Chỉ đạo của', 'Chính phủ thẳng thắn chỉ ra những hạn chế.', true],
    ['- Nghiên cứu, xây dựng Luật Chuyển đổi số và các', 'Nghị định, văn bản hướng dẫn thi hành.', true],
    ['II. VỀ TỒN TẠI, HẠN CHẾ VÀ', 'NGUYÊN NHÂN CHỦ YẾU', true],
    ['Hoàn thành việc rà soát.', 'Tiếp tục triển khai.', false],
    ['1. Mục tiêu chung', 'Phát triển kinh tế nhanh.', false],
    ['Phối hợp với các sở và', '- Sở Tài chính: bố trí kinh phí.', false],
    ['I. MỤC ĐÍCH', 'YÊU CẦU', false],
  ])('"%s" / "%s": %s', (previous, line, joins) => {
    expect(continuesWrappedLine(previous, line)).toBe(joins);
  });
});

describe('hardWrapWidth and fillsWrapWidth', () => {
  const paragraph = (width: number, count: number) => Array.from({ length: count }, (_, index) => 'x'.repeat(width - (index % 3)));

  it('finds the width of a hard-wrapped text, and none for a text that writes a paragraph per line', () => {
    expect(hardWrapWidth([...paragraph(80, 20), 30, 40].map((line) => (typeof line === 'string' ? line.length : line)))).toBe(80);
    expect(hardWrapWidth([400, 250, 90, 610, 330, 120, 75, 480, 510, 260, 300])).toBeNull();
    expect(hardWrapWidth([80, 80, 80])).toBeNull();
  });

  it('joins a line that the next word would not have fitted on, whatever case the next line opens with', () => {
    const full = 'Triển khai hiệu quả Nghị quyết số 70-NQ/TW ngày 20 tháng 8 năm 2025 của Bộ';

    expect(fillsWrapWidth(full, full.length, 'Chính trị về bảo đảm an ninh năng lượng.', 80)).toBe(true);
    expect(fillsWrapWidth('Hoàn thành trong năm 2026.', 26, 'Tiếp tục rà soát.', 80)).toBe(false);
    expect(fillsWrapWidth(full, full.length, 'a) Phát triển dịch vụ.', 80)).toBe(false);
    expect(fillsWrapWidth(full, full.length, 'Chính trị.', null)).toBe(false);
    expect(fillsWrapWidth(full, full.length, '- công nghệ và đổi mới sáng tạo.', 80)).toBe(true);
    expect(fillsWrapWidth(`${full.slice(0, -4)}sau.`, full.length, '- Sở Tài chính bố trí kinh phí.', 80)).toBe(false);
  });
});
