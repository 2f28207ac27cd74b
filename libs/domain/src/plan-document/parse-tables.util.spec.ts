import { columnRole, findTables } from './parse-tables.util';

describe('findTables', () => {
  it('reads a pipe table with group rows and a cell broken over two lines', () => {
    const lines = [
      'Mở đầu',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
      '| I | Kinh tế | | |',
      '| 1 | Lập đề án | Sở Tài chính | Quý II/2026 |',
      '| 2 | Rà soát quy hoạch',
      'khu công nghiệp | Sở Xây dựng | Năm 2026 |',
      'Đoạn sau bảng',
    ];

    const sut = findTables(lines);

    expect(sut.tables).toHaveLength(1);
    expect(sut.tables[0].rows.map((row) => [row.stt, row.group, row.cells.task, row.cells.deadline])).toEqual([
      ['I', true, 'Kinh tế', undefined],
      ['1', false, 'Lập đề án', 'Quý II/2026'],
      ['2', false, 'Rà soát quy hoạch khu công nghiệp', 'Năm 2026'],
    ]);
    expect([...sut.consumed].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a table printed one cell per line', () => {
    const lines = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian', '1', 'Việc một', 'Sở A', 'Quý I/2026', '2', 'Việc hai', 'Sở B', 'Tháng 5/2026', 'Hết.'];

    const sut = findTables(lines);

    expect(sut.tables[0].rows.map((row) => [row.stt, row.cells.task, row.cells.lead, row.cells.deadline])).toEqual([
      ['1', 'Việc một', 'Sở A', 'Quý I/2026'],
      ['2', 'Việc hai', 'Sở B', 'Tháng 5/2026'],
    ]);
    expect(sut.consumed.has(12)).toBe(false);
  });

  it('leaves other tables alone', () => {
    expect(findTables(['| Số hiệu | 318/NQ-HĐND |', '| Ngày ban hành | 16/12/2025 |']).tables).toEqual([]);
  });

  it('names the lead column however the table words it', () => {
    for (const header of ['Cơ quan chủ trì', 'Đơn vị thực hiện', 'Cơ quan soạn thảo', 'Trách nhiệm thực hiện', 'Đơn vị chịu trách nhiệm', '**Phân công thực hiện**']) {
      expect(columnRole(header)).toBe('lead');
    }
    expect(columnRole('Thời gian thực hiện')).toBe('deadline');
    expect(columnRole('Kết quả dự kiến')).toBe('product');
    expect(columnRole('Thuộc nhóm nhiệm vụ')).toBe('other');
    expect(columnRole('Tên VBQPPL quy định nội dung sửa đổi')).toBe('other');
  });
});
