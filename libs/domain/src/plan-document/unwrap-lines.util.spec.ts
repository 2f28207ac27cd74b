import { unwrapBlocks } from './unwrap-lines.util';

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
