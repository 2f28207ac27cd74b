import { groupOfText, readBulletIndicators } from './bullet-indicators.util';
import { buildOutline } from './outline.util';
import { groupOfHeader } from './parse-indicators.util';

function bulletDrafts(lines: string[]): Array<{ code: string; group: string }> {
  const [section] = buildOutline(lines, new Set(), false);
  return readBulletIndicators(section, 'economy', (text) => groupOfHeader(text) !== null).map(({ code, group }) => ({ code, group }));
}

describe('readBulletIndicators', () => {
  it('codes bullets by their sub-heading and position, a figure-free group beside figured ones included', () => {
    const lines = ['II. MỤC TIÊU', '1. Mục tiêu tổng quát', 'Thúc đẩy chuyển đổi số.', '2. Mục tiêu cụ thể', 'a) Đến năm 2026', '- Hoàn thiện khung pháp lý.', 'b) Đến năm 2030', '- 100% dự án áp dụng BIM.', '- Hình thành nguồn nhân lực.'];

    expect(bulletDrafts(lines).map((draft) => draft.code)).toEqual(['a.1', 'b.1', 'b.2']);
  });

  it('takes a lettered heading with its own figure, leaves out a direction without figures', () => {
    const lines = ['II. MỤC TIÊU', '2. Mục tiêu cụ thể', 'a) Đối với trẻ em', '- Tại đô thị: 100% trẻ em được chăm sóc.', 'b) Đối với cha mẹ trẻ em: Phấn đấu 100% cha mẹ được phổ biến kiến thức.', '3. Định hướng đến năm 2045', '- Củng cố chất lượng.'];

    expect(bulletDrafts(lines)).toEqual([{ code: 'a.1', group: 'society' }, { code: 'b', group: 'society' }]);
  });

  it('takes a "- Giai đoạn 2025-2027" bullet over "+" bullets for a period heading, not an indicator', () => {
    const lines = ['2. Mục tiêu cụ thể', 'a) Cung cấp dịch vụ số', 'Một số chỉ tiêu cơ bản bao gồm:', '- Giai đoạn 2025-2027', '+ 100% dịch vụ công trực tuyến toàn trình.', '+ 95% người dân hài lòng.', '- Giai đoạn 2028 - 2030:', '+ 99% người dân hài lòng.'];

    expect(bulletDrafts(lines).map((draft) => draft.code)).toEqual(['a.1', 'a.2', 'a.3']);
  });

  it('places a bullet measuring the whole economy (GDP, CPI) in economy when neither heading nor title names a field', () => {
    const [section] = buildOutline(['Điều 1. Mục tiêu, chỉ tiêu', 'b) Điều chỉnh một số chỉ tiêu chủ yếu:', '- Tốc độ tăng GDP đạt 8% trở lên.', '- Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5%.', '- Tỷ lệ hộ nghèo giảm 1%.'], new Set(), false);

    const sut = readBulletIndicators(section, null, (text) => groupOfHeader(text) !== null);

    expect(sut.map((draft) => draft.group)).toEqual(['economy', 'economy', 'other']);
  });

  it('does not read "môi trường điện tử" (an electronic environment) as the environment', () => {
    expect(groupOfText('Xử lý hồ sơ công việc trên môi trường điện tử')).toBeNull();
  });

  it('leaves lists under field headings ("Về kinh tế") to the running numbering', () => {
    expect(bulletDrafts(['II. CÁC CHỈ TIÊU', '1. Về kinh tế', '- Tăng trưởng đạt 8%.', '2. Về xã hội', '- Hộ nghèo dưới 1%.'])).toEqual([]);
  });

  it('reads the field a title speaks of most', () => {
    expect(groupOfText('Nâng cao chất lượng giáo dục mầm non ở khu công nghiệp')).toBe('society');
    expect(groupOfText('Chuyển đổi số kết cấu hạ tầng giao thông')).toBe('economy');
    expect(groupOfText('Nội dung khác')).toBeNull();
  });
});
