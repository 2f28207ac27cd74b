import type { ParsedItem } from './plan-document.types';
import { assignFromText, readField } from './text-assignments.util';

function item(ref: string, title: string, paragraphs: string[] = [], children: ParsedItem[] = []): ParsedItem {
  return { ref, title, paragraphs, assignment: null, children };
}

describe('assignFromText', () => {
  it('reads field bullets under a task, splitting agencies between names only', () => {
    const task = item('3.1.a', 'Nghị định quy định chi tiết.', [
      'Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
      'Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.',
      'Thời gian thực hiện: Quý IV/2026.',
    ]);

    const sut = assignFromText([task], null);

    expect(task.assignment).toEqual({ lead: ['Sở Khoa học và Công nghệ'], cooperating: ['Các sở, ngành có liên quan', 'UBND các xã, phường'], dueText: 'Quý IV/2026', product: null });
    expect(task.paragraphs).toHaveLength(3);
    expect(sut.deadlines).toEqual([{ ref: '3.1.a', date: '2026-12-31', text: 'Quý IV/2026' }]);
  });

  it('folds lettered fields into their task: its text, assignment and deadline', () => {
    const task = item('1.1', 'Xây dựng chiến lược dữ liệu:', [], [
      item('1.1.a', 'Nhiệm vụ: Rà soát, hoàn thiện Chiến lược dữ liệu.'),
      item('1.1.b', 'Cơ quan thực hiện:', ['Đơn vị chủ trì: Sở Khoa học và Công nghệ.', 'Đơn vị phối hợp: Các Sở, ban, ngành.']),
      item('1.1.c', 'Thời gian thực hiện: Hoàn thành trong năm 2025.'),
    ]);

    const sut = assignFromText([task], null);

    expect(task).toMatchObject({ children: [], paragraphs: ['Rà soát, hoàn thiện Chiến lược dữ liệu.'] });
    expect(task.assignment).toMatchObject({ lead: ['Sở Khoa học và Công nghệ'], cooperating: ['Các Sở, ban, ngành'], dueText: 'Hoàn thành trong năm 2025' });
    expect(sut.deadlines.map((deadline) => deadline.date)).toEqual(['2025-12-31']);
  });

  it('reads "X chủ trì, phối hợp với Y" and a section headed by its agency', () => {
    const inline = item('3.c', 'Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan:', ['Hướng dẫn thủ tục.']);
    const headed = item('III.3', 'Sở Nội vụ', ['Chủ trì, phối hợp với các sở, ngành, đơn vị có liên quan hướng dẫn công tác lưu trữ.']);
    const plain = item('III.2', 'Sở Tư pháp', ['Tuyên truyền, phổ biến pháp luật.']);

    assignFromText([inline, headed], null);
    assignFromText([plain], null);

    expect(inline.assignment).toMatchObject({ lead: ['Bộ Tài chính'], cooperating: ['các bộ, cơ quan liên quan'] });
    expect(headed.assignment).toMatchObject({ lead: ['Sở Nội vụ'] });
    expect(headed.assignment?.cooperating).toEqual(['các sở, ngành, đơn vị có liên quan']);
    expect(plain.assignment).toBeNull();
  });

  it('gives the lead of an agency section to its lettered duties that start "Chủ trì", and to the section', () => {
    const police = item('IV.1', 'Công an thành phố', [], [
      item('IV.1.a', 'Tham mưu tổ chức thực hiện Chương trình trên địa bàn.'),
      item('IV.1.b', 'Chủ trì, phối hợp với các sở, ban, ngành, đoàn thể có liên quan đôn đốc thực hiện.'),
    ]);

    assignFromText([item('IV', 'PHÂN CÔNG NHIỆM VỤ', [], [police])], null);

    expect(police.assignment?.lead).toEqual(['Công an thành phố']);
    expect(police.children[0].assignment).toBeNull();
    expect(police.children[1].assignment).toEqual({ lead: ['Công an thành phố'], cooperating: ['các sở, ban, ngành, đoàn thể có liên quan'], dueText: null, product: null });
  });

  it('an agency section co-operates with the partners of every duty it leads, "phối hợp" with or without "với"', () => {
    const police = item('III.1', 'Công an tỉnh', [
      'Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu kiện toàn Ban Chỉ đạo.',
      'Tiếp tục tăng cường công tác quản lý nhà nước.',
      'Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh tham mưu xây dựng chính sách đặc thù.',
    ]);
    const ministry = item('2.đ', 'Bộ Xây dựng chủ trì, phối hợp Bộ Tài chính xem xét việc khen thưởng hợp đồng.');
    const signing = item('2.e', 'Tổ chức đàm phán điều ước quốc tế; chủ trì và phối hợp ký các thỏa thuận quốc tế.');

    assignFromText([item('III', 'PHÂN CÔNG NHIỆM VỤ', [], [police, item('III.2', 'Sở Nội vụ', ['Tham mưu.'])]), item('2', 'Nhiệm vụ', [], [ministry, signing])], null);

    expect(police.assignment).toEqual({ lead: ['Công an tỉnh'], cooperating: ['các cơ quan, đơn vị có liên quan', 'Bộ Chỉ huy Quân sự tỉnh'], dueText: null, product: null });
    expect(ministry.assignment?.cooperating).toEqual(['Bộ Tài chính']);
    expect(signing.assignment).toBeNull();
  });

  it('in a list of agency sections, each heading agency leads its duties even without "chủ trì"', () => {
    const sections = [
      item('IV.1', 'Sở Công Thương:', ['- Điều phối nguồn hàng hỗ trợ.']),
      item('IV.2', 'Sở Y tế:', ['- Cấp thuốc men thiết yếu.']),
      item('IV.3', 'Bộ Nông nghiệp và Môi trường chủ trì các nhiệm vụ về quan trắc'),
    ];
    const diseases = [item('3.a', 'Giám sát dịch bệnh', ['Lấy mẫu.']), item('3.b', 'Phòng chống bệnh đường ruột', ['Khử trùng.']), item('3.c', 'Phòng chống cúm', ['Tiêm chủng.'])];

    assignFromText([item('IV', 'PHÂN CÔNG NHIỆM VỤ', [], sections), item('3', 'Phòng, chống dịch bệnh', [], diseases)], null);

    expect(sections.map((section) => section.assignment?.lead)).toEqual([['Sở Công Thương'], ['Sở Y tế'], ['Bộ Nông nghiệp và Môi trường']]);
    expect(diseases.map((duty) => duty.assignment)).toEqual([null, null, null]);
  });

  it('keeps "các tổ chức chính trị - xã hội" as a body named in an agency heading ("tổ chức" after "các" is not the verb)', () => {
    const sections = [
      item('IV.1', 'Sở Xây dựng', ['- Chủ trì, phối hợp với các sở, ngành có liên quan phát triển hạ tầng ven biển.']),
      item('IV.2', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội', ['- Tuyên truyền, vận động nhân dân.']),
    ];

    assignFromText([item('IV', 'NHIỆM VỤ CỤ THỂ', [], sections)], null);

    expect(sections.map((section) => section.assignment?.lead)).toEqual([
      ['Sở Xây dựng'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'],
    ]);
  });

  it('reads "X chủ trì <any verb>" in a later paragraph, but not a role ("Đơn vị chủ trì:", "do X chủ trì")', () => {
    const task = item('IV.1.c', 'Tiêu độc, khử trùng môi trường', ['Phun khử khuẩn khu vực ngập lụt.', 'Trung tâm Kiểm soát bệnh tật tỉnh chủ trì chủ động điều phối hóa chất.']);
    const field = item('III.1', 'Rà soát đội ngũ', ['Đơn vị chủ trì: Sở Nội vụ.']);
    const role = item('3.c', 'Tổ chức triển khai các dự án do Bộ Công an chủ trì theo chức năng');

    assignFromText([task, field, role], null);

    expect(task.assignment?.lead).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
    expect(field.assignment?.lead).toEqual(['Sở Nội vụ']);
    expect(role.assignment).toBeNull();
  });

  it('gives no deadline for ongoing or open-ended times', () => {
    const task = item('4', 'Kiểm tra', ['Cơ quan chủ trì: Sở Tư pháp', 'Thời gian thực hiện: Năm 2026 và các năm tiếp theo.']);

    expect(assignFromText([task], null).deadlines).toEqual([]);
    expect(readField('Thời gian thực hiện: Thường xuyên')).toEqual({ kind: 'time', value: 'Thường xuyên' });
  });
});
