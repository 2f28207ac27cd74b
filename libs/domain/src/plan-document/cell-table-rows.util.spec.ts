import { joinCellPerLineTables } from './cell-table-rows.util';

describe('joinCellPerLineTables', () => {
  it('rewrites a table printed one cell per line as one | line per row, with wrapped cells and bold group rows', () => {
    const raw = [
      'Trước bảng',
      '|', '**STT**', '|', '**Tên nhiệm', 'vụ**', '|', '**Cơ quan chủ trì**', '|', '**Thời gian**', '|',
      '|', '**I**', '|', '**CƠ CHẾ**', '|', '** **', '|', '** **', '|',
      '|', '1', '|', 'Rà soát các', 'luật', '|', 'Bộ Xây dựng', '|', '2026', '|',
      '|', '2', '|', 'Sửa đổi quy định', '|', 'Bộ Tài chính', '|', '2026-2027',
      '',
      'Sau bảng',
    ];
    expect(joinCellPerLineTables(raw)).toEqual([
      'Trước bảng',
      '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| I | CƠ CHẾ | | |',
      '| 1 | Rà soát các luật | Bộ Xây dựng | 2026 |',
      '| 2 | Sửa đổi quy định | Bộ Tài chính | 2026-2027 |',
      '',
      'Sau bảng',
    ]);
  });

  it('reads a blank line between two pipes as an empty cell (a "** **" whose markup was lost), not the end of the table', () => {
    const raw = [
      '|', 'STT', '|', 'Tên nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Thời gian', '|',
      '|', 'I', '|', 'CƠ CHẾ', '|', ' ', '|', '', '|',
      '|', '1', '|', 'Rà soát các luật', '|', 'Bộ Xây dựng', '|', '2026', '|',
      '',
      'Sau bảng',
    ];

    expect(joinCellPerLineTables(raw)).toEqual([
      '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| I | CƠ CHẾ | | |',
      '| 1 | Rà soát các luật | Bộ Xây dựng | 2026 |',
      '',
      'Sau bảng',
    ]);
  });

  it('tells a row break from an empty cell by the header width, and gives a row without STT its task column', () => {
    const raw = [
      '|', 'TT', '|', 'Nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Cơ quan phối hợp', '|', 'Thời gian', '|',
      '|', '1', '|', 'Việc một', '|', 'Sở A', '|', '|', 'Quý IV/2026', '|',
      '|', 'Việc một, phần hai', '|', 'Sở B', '|',
      '|', '2', '|', 'Việc hai', '|', 'Các sở, ngành', 'Sở A', '|', 'Sở C', '|', '|', '|',
      '|', '3', '|', 'Việc ba', '|', 'Sở D',
    ];
    expect(joinCellPerLineTables(raw)).toEqual([
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
      '| 1 | Việc một | Sở A | | Quý IV/2026 |',
      '| | Việc một, phần hai | Sở B | | |',
      '| 2 | Việc hai | Các sở, ngành; Sở A | Sở C | |',
      '| 3 | Việc ba | Sở D | | |',
    ]);
  });

  it('reads a group label sharing its name cell, and leaves layout tables alone', () => {
    const raw = ['|', 'TT', '|', 'Chỉ tiêu', '|', 'Chủ trì', '|', '|', '|', '**I. Kinh', 'tế số**', '|', '|', '|', '1', '|', 'Chỉ tiêu một', '|', 'Sở A'];
    expect(joinCellPerLineTables(raw)).toEqual(['| TT | Chỉ tiêu | Chủ trì |', '| | I. Kinh tế số | |', '| 1 | Chỉ tiêu một | Sở A |']);
    const masthead = ['|', '**ỦY BAN NHÂN DÂN**', '|', 'Số: 12/KH-UBND', '|'];
    expect(joinCellPerLineTables(masthead)).toEqual(masthead);
  });

  it('ends a table at an appendix heading or the next table header printed right after its last row', () => {
    const raw = ['|', 'TT', '|', 'Chỉ tiêu', '|', 'Chủ trì', '|', '|', '1', '|', 'Tỉ lệ A', '|', 'Bộ A', '|', '**PHỤ LỤC II**', 'DANH MỤC', '|', 'TT', '|', 'Nhiệm vụ', '|', 'Cơ quan chủ trì', '|', '|', '1', '|', 'Việc', '|', 'Bộ B'];

    expect(joinCellPerLineTables(raw)).toEqual([
      '| TT | Chỉ tiêu | Chủ trì |',
      '| 1 | Tỉ lệ A | Bộ A |',
      '**PHỤ LỤC II**',
      'DANH MỤC',
      '| TT | Nhiệm vụ | Cơ quan chủ trì |',
      '| 1 | Việc | Bộ B |',
    ]);
  });

  it('places a row whose first cells are rowspans from above by what its cells hold', () => {
    const raw = [
      '|', 'STT', '|', 'Cơ quan chủ trì', '|', 'Nội dung nhiệm vụ', '|', 'Kết quả dự kiến', '|', 'Thời hạn hoàn thành', '|',
      '|', '1', '|', 'Bộ A', '|', 'Hoàn thiện nghị định', '|', 'Nghị định', '|', 'Quý I năm 2026', '|',
      '|', '- Rà soát hướng dẫn', '|', 'Bộ công cụ', '|', 'Giai đoạn 2026 - 2027',
    ];
    expect(joinCellPerLineTables(raw).slice(2)).toEqual(['| | | - Rà soát hướng dẫn | Bộ công cụ | Giai đoạn 2026 - 2027 |']);
  });
});
