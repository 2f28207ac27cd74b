import { buildOutline } from './outline.util';
import { selectTaskSections } from './task-sections.util';

function titlesOfTaskParts(lines: string[]): string[] {
  return selectTaskSections(buildOutline(lines, new Set(), false)).map((node) => node.title);
}

describe('selectTaskSections', () => {
  it("takes neither a body's standing functions nor a duty written out as a sentence for a task part", () => {
    const lines = [
      'I. NHIỆM VỤ VÀ QUYỀN HẠN',
      '1. Tổ chức thực hiện nhiệm vụ kiểm toán theo kế hoạch kiểm toán được Tổng Kiểm toán nhà nước phê duyệt hoặc theo yêu cầu.',
      '2. Nhiệm vụ cụ thể của từng phòng do Kiểm toán trưởng quy định sau khi có ý kiến phê duyệt của Tổng Kiểm toán nhà nước.',
      'II. TỔ CHỨC THỰC HIỆN',
    ];

    expect(titlesOfTaskParts(lines)).toEqual(['TỔ CHỨC THỰC HIỆN']);
  });

  it('takes unnamed parts between the objectives and a task heading, not the framing parts', () => {
    const lines = ['I. QUAN ĐIỂM', 'II. MỤC TIÊU', 'III. PHÁT TRIỂN NỀN MÓNG', 'IV. PHÁT TRIỂN NGÀNH', 'V. GIẢI PHÁP', 'VI. CHẾ ĐỘ BÁO CÁO'];

    expect(titlesOfTaskParts(lines)).toEqual(['PHÁT TRIỂN NỀN MÓNG', 'PHÁT TRIỂN NGÀNH', 'GIẢI PHÁP']);
  });

  it('leaves out an implementation part written agency by agency, keeps one written as instructions', () => {
    const byAgency = ['I. NHIỆM VỤ', '1. Việc một', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', 'Chủ trì bố trí kinh phí.', '2. Công an tỉnh', 'Bảo đảm an ninh.'];
    const instructions = ['I. NHIỆM VỤ', '1. Việc một', 'II. TỔ CHỨC THỰC HIỆN', '1. Các sở căn cứ Kế hoạch xây dựng kế hoạch.', '2. Sở Tài chính theo dõi, báo cáo.'];

    expect(titlesOfTaskParts(byAgency)).toEqual(['NHIỆM VỤ']);
    expect(titlesOfTaskParts(instructions)).toEqual(['NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN']);
  });

  it('reads "Nội dung thực hiện" and "Phân công nhiệm vụ" as task parts', () => {
    expect(titlesOfTaskParts(['I. MỤC ĐÍCH', 'II. NỘI DUNG TRỌNG TÂM', 'III. PHÂN CÔNG NHIỆM VỤ', '1. Công an tỉnh', '2. Sở Tư pháp'])).toEqual([
      'NỘI DUNG TRỌNG TÂM',
      'PHÂN CÔNG NHIỆM VỤ',
    ]);
  });

  it('reads a bare "Nội dung" part (whose tasks carry "- Nội dung thực hiện:" bullets) as a task part', () => {
    const lines = ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', '1. Phổ biến Luật Việc làm', 'III. KINH PHÍ THỰC HIỆN', 'IV. NỘI DUNG CỦA KẾ HOẠCH', 'V. NỘI DUNG HOẠT ĐỘNG'];

    expect(titlesOfTaskParts(lines)).toEqual(['NỘI DUNG', 'NỘI DUNG CỦA KẾ HOẠCH', 'NỘI DUNG HOẠT ĐỘNG']);
  });

  it('does not take a time-and-scope part before the tasks for a task part', () => {
    expect(titlesOfTaskParts(['I. MỤC TIÊU', 'II. THỜI GIAN VÀ PHẠM VI', '1. Thời gian: đến năm 2030.', 'III. NỘI DUNG CỦA KẾ HOẠCH', '1. Hoàn thiện cơ chế'])).toEqual(['NỘI DUNG CỦA KẾ HOẠCH']);
  });
});
