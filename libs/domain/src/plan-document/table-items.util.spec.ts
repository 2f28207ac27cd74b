import { findTables } from './parse-tables.util';
import { itemsFromTables } from './table-items.util';

const parseRows = (lines: string[]) => itemsFromTables(findTables(lines).tables, 2026);

describe('itemsFromTables', () => {
  it('gives rows under restarting group rows PL.<group>.<STT> refs with their assignment and deadline', () => {
    const sut = parseRows([
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Kết quả dự kiến |',
      '| I | CƠ CHẾ | | | | |',
      '| 1 | Rà soát luật | Bộ Xây dựng, các địa phương | Bộ Khoa học và Công nghệ; các bộ, ngành liên quan | 2026-2027 | Văn bản |',
      '| II | ĐÀO TẠO | | | | |',
      '| 1 | Đào tạo cán bộ | Sở Nội vụ | | Quý IV/2025 | |',
      '| 2 | Báo cáo | Sở Tài chính | | Thường xuyên | |',
    ]);

    expect(sut.items.map((item) => [item.ref, item.title, item.children.map((child) => child.ref)])).toEqual([
      ['PL.I', 'CƠ CHẾ', ['PL.I.1']],
      ['PL.II', 'ĐÀO TẠO', ['PL.II.1', 'PL.II.2']],
    ]);
    expect(sut.items[0].assignment).toBeNull();
    expect(sut.items[0].children[0].assignment).toEqual({
      lead: ['Bộ Xây dựng', 'các địa phương'],
      cooperating: ['Bộ Khoa học và Công nghệ', 'các bộ, ngành liên quan'],
      dueText: '2026-2027',
      product: 'Văn bản',
    });
    expect(sut.deadlines.map((deadline) => [deadline.ref, deadline.date])).toEqual([
      ['PL.I.1', '2027-12-31'],
      ['PL.II.1', '2025-12-31'],
    ]);
  });

  it('keeps PL.<STT> where numbering runs on, and folds a row without STT into the row above', () => {
    const sut = parseRows([
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
      '| | (2) | (3) | (4) | (5) |',
      '| 1 | Việc một | Sở A | Sở C | Quý I/2026 |',
      '| | Việc một, phần hai | Sở B | | Quý III/2026 |',
      '| 2 | Việc hai | Sở C | | |',
    ]);

    expect(sut.items.map((item) => item.ref)).toEqual(['PL.1', 'PL.2']);
    expect(sut.items[0].paragraphs).toEqual(['Việc một, phần hai']);
    expect(sut.items[0].assignment?.lead).toEqual(['Sở A', 'Sở B']);
    expect(sut.deadlines.map((deadline) => [deadline.ref, deadline.date])).toEqual([
      ['PL.1', '2026-03-31'],
      ['PL.1', '2026-09-30'],
    ]);
  });

  it('reads a table handing indicators to agencies as work, with "I. name" group rows', () => {
    const sut = parseRows(['| TT | Chỉ tiêu | Chủ trì |', '| | I. Kinh tế số | |', '| 1 | Kinh tế số chiếm 45% GRDP | Sở Tài chính |']);

    expect(sut.items[0].ref).toBe('PL.I');
    expect(sut.items[0].title).toBe('Kinh tế số');
    expect(sut.items[0].children[0]).toMatchObject({ ref: 'PL.1', assignment: { lead: ['Sở Tài chính'] } });
  });

  it('numbers rows by position under each group when the STT cells are empty, and says so', () => {
    const sut = parseRows(['| TT | Nhiệm vụ | Cơ quan chủ trì |', '| | I. Văn bản của Quốc hội | |', '| | Luật A | Ủy ban A |', '| | Luật B | Ủy ban B |']);

    expect(sut.items[0].children.map((item) => item.ref)).toEqual(['PL.I.1', 'PL.I.2']);
    expect(sut.warnings).toHaveLength(1);
  });

  it('takes no task from a footnote printed under the table', () => {
    const sut = parseRows([
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| 1 | Cấp điện cho 117 thôn[1] | EVN | 30/11/2025 |',
      '| | [1] Tuyên Quang, Cao Bằng, Sơn La | | |',
    ]);

    expect(sut.items.map((item) => [item.ref, item.paragraphs])).toEqual([['PL.1', []]]);
  });

  it('drops the bullet a task cell opens with from the row title', () => {
    const sut = parseRows(['| STT | Nhiệm vụ | Cơ quan chủ trì |', '| 1 | - Hoàn thiện Nghị định xử phạt. - Ứng dụng khoa học | Bộ Tư pháp |']);

    expect(sut.items[0].title).toBe('Hoàn thiện Nghị định xử phạt. - Ứng dụng khoa học');
  });

  it('gives a repeated group label a distinct ref', () => {
    const sut = parseRows(['| STT | Nhiệm vụ | Cơ quan chủ trì |', '| I | Nhóm | |', '| 1 | Việc | Sở A |', '| I | Nhóm | |', '| 1 | Việc khác | Sở B |', '| I | Nhóm | |']);

    expect(sut.items.map((item) => [item.ref, item.children.map((child) => child.ref)])).toEqual([
      ['PL.I', ['PL.I.1']],
      ['PL.I-2', ['PL.I-2.1']],
      ['PL.I-3', []],
    ]);
  });

  it("takes 'Đơn vị thực hiện' as the lead and keeps a lower-case collective whole", () => {
    const sut = parseRows([
      '| STT | Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời hạn hoàn thành | Sản phẩm |',
      '| 1 | Xây dựng kế hoạch | Sở Nội vụ | Các sở, ban, ngành | Quý I/2026 | Kế hoạch |',
    ]);

    expect(sut.items[0].assignment).toEqual({ lead: ['Sở Nội vụ'], cooperating: ['Các sở, ban, ngành'], dueText: 'Quý I/2026', product: 'Kế hoạch' });
    expect(sut.deadlines).toEqual([{ ref: 'PL.1', date: '2026-03-31', text: 'Quý I/2026' }]);
  });

  it('lists no rows of a table whose cells are out of line, and says so', () => {
    const sut = parseRows([
      '| TT | Tên văn bản | Cơ quan soạn thảo |',
      '| | Luật A | Ban A',
      '| - Trình tháng 02/2025 | Hồ sơ |',
      '| Luật B | Ban B |',
      '| - Trình tháng 5/2025 | Hồ sơ |',
      '| Luật C | Ban C |',
      '| - Trình tháng 6/2025 | Hồ sơ |',
    ]);

    expect(sut.items).toEqual([]);
    expect(sut.warnings).toHaveLength(1);
  });

  it('reads a group row spanning the table from its first column', () => {
    const sut = parseRows(['| TT | Nhiệm vụ | Cơ quan chủ trì |', '| I. Văn bản của Quốc hội |', '| 1 | Luật A | Ủy ban A |']);

    expect(sut.items.map((item) => [item.ref, item.title])).toEqual([['PL.I', 'Văn bản của Quốc hội']]);
  });

  it('nests a sub-group row "I.1" under group I', () => {
    const sut = parseRows(['| TT | Chỉ tiêu | Cơ quan chủ trì |', '| I | Giai đoạn 2025-2027 | |', '| I.1 | Dịch vụ số | |', '| 1 | Tỉ lệ A | Bộ A |', '| I.2 | Dữ liệu số | |', '| 1 | Tỉ lệ B | Bộ B |']);

    expect(sut.items.map((item) => [item.ref, item.children.map((child) => [child.ref, child.children.map((row) => row.ref)])])).toEqual([
      ['PL.I', [['PL.I.1', ['PL.I.1.1']], ['PL.I.2', ['PL.I.2.1']]]],
    ]);
  });

  it('ends a table at page text run into its last rows', () => {
    const sut = parseRows(['| TT | Nhiệm vụ | Cơ quan chủ trì |', '| 1 | Việc một | Sở A |', '| 2 | Việc hai | Sở B |', '| Địa chỉ: | 17 Nguyễn Gia Thiều | Điện thoại: |']);

    expect(sut.items.map((item) => item.ref)).toEqual(['PL.1', 'PL.2']);
  });
});
