import { findDeadlines, parseDeadlineCell } from './parse-deadlines.util';

describe('findDeadlines', () => {
  it.each([
    ['Phấn đấu đến 31/12/2026 giải ngân 100% vốn', '2026-12-31', 'đến 31/12/2026'],
    ['phân bổ trong quý II năm 2026.', '2026-06-30', 'trong quý II năm 2026'],
    ['hoàn thành trước ngày 15 tháng 3 năm 2026', '2026-03-15', 'hoàn thành trước ngày 15 tháng 3 năm 2026'],
    ['xong trong 6 tháng đầu năm 2026', '2026-06-30', 'trong 6 tháng đầu năm 2026'],
    ['thực hiện trong năm 2026', '2026-12-31', 'trong năm 2026'],
    ['hoàn thành trong tháng 2/2026', '2026-02-28', 'hoàn thành trong tháng 2/2026'],
    ['trước quý III/2026', '2026-06-30', 'trước quý III/2026'],
    ['chi trả gộp 03 tháng lương hưu vào kỳ chi trả tháng 12 năm 2025 đối với 04 tỉnh', '2025-12-31', 'vào kỳ chi trả tháng 12 năm 2025'],
    ['tổ chức lễ khánh thành vào ngày 19 tháng 12 năm 2025', '2025-12-19', 'vào ngày 19 tháng 12 năm 2025'],
  ])('reads "%s"', (text, date, phrase) => {
    expect(findDeadlines(text, null)).toEqual([{ date, text: phrase, start: expect.any(Number) }]);
  });

  it('uses the plan year when the year is left out', () => {
    expect(findDeadlines('báo cáo trong quý IV', 2026).map((found) => found.date)).toEqual(['2026-12-31']);
  });

  it('does not take the dates of cited documents or a strategy horizon', () => {
    const text = 'Nghị quyết số 70-NQ/TW ngày 20 tháng 8 năm 2025; Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050';

    expect(findDeadlines(text, 2026)).toEqual([]);
  });

  it('skips impossible dates', () => {
    expect(findDeadlines('đến 31/02/2026', 2026)).toEqual([]);
  });

  it.each([
    ['Thu thập, số hóa dữ liệu quy hoạch và tích hợp vào Hệ thống quốc gia (2025 - 2030).', '2030-12-31', '2025 - 2030'],
    ['Hoàn thiện phần mềm quản lý, tiến tới thí điểm (2025 - 2026)', '2026-12-31', '2025 - 2026'],
    ['Ban hành quy chế phối hợp (Quý IV/2026);', '2026-12-31', 'Quý IV/2026'],
    ['Tổng kết việc thực hiện (năm 2027)', '2027-12-31', 'năm 2027'],
  ])('takes the time in closing brackets of "%s"', (text, date, phrase) => {
    expect(findDeadlines(text, 2026)).toEqual([{ date, text: phrase, start: text.lastIndexOf('(') + 1 }]);
  });

  it.each([
    'Kết nối dữ liệu với Trung tâm dữ liệu quốc gia (2026 trở đi).',
    'Huy động doanh nghiệp tham gia (xuyên suốt 2025 - 2035).',
    'Thực hiện theo quy chuẩn (QCVN 85:2025/BNNMT)',
    'Triển khai Nghị định (Nghị định số 308/2025/NĐ-CP ngày 28/11/2025)',
    'Xây dựng kế hoạch (2025 - 2026) cho từng ngành',
  ])('does not take "%s" as a time in brackets', (text) => {
    expect(findDeadlines(text, 2026)).toEqual([]);
  });

  it('keeps a stated deadline instead of the bracket that repeats it', () => {
    expect(findDeadlines('Hoàn thành (trước ngày 30/6/2026)', 2026).map((found) => found.date)).toEqual(['2026-06-30']);
  });
});

describe('parseDeadlineCell', () => {
  it.each([
    ['Quý II/2026', '2026-06-30'],
    ['Tháng 9/2026', '2026-09-30'],
    ['30/6/2026', '2026-06-30'],
    ['Năm 2026', '2026-12-31'],
    ['2026 - 2027', '2027-12-31'],
  ])('reads %s', (cell, date) => {
    expect(parseDeadlineCell(cell, 2026)?.date).toBe(date);
  });

  it('gives null for a standing duty', () => {
    expect(parseDeadlineCell('Thường xuyên', 2026)).toBeNull();
  });
});

describe('parseDeadlineCell periods', () => {
  it('dates a year range at the end of its last year, and an open start not at all', () => {
    expect(parseDeadlineCell('Năm 2025 - 2026', 2026)?.date).toBe('2026-12-31');
    expect(parseDeadlineCell('2026-2030', null)?.date).toBe('2030-12-31');
    expect(parseDeadlineCell('Quý IV năm 2025 và các năm tiếp theo', 2025)).toBeNull();
    expect(parseDeadlineCell('Quí IV-2025', null)?.date).toBe('2025-12-31');
  });
});

describe('parseDeadlineCell and open-ended times', () => {
  it('gives no deadline for a start without an end', () => {
    expect(parseDeadlineCell('Giai đoạn 2026-2030 và những năm tiếp theo', null)).toBeNull();
    expect(parseDeadlineCell('Từ 01/7/2025', null)).toBeNull();
    expect(parseDeadlineCell('Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê', null)).toBeNull();
    expect(parseDeadlineCell('Từ quý I đến quý IV/2026', null)?.date).toBe('2026-12-31');
  });
});
