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

    assignFromText([inline, headed, plain], null);

    expect(inline.assignment).toMatchObject({ lead: ['Bộ Tài chính'], cooperating: ['các bộ, cơ quan liên quan'] });
    expect(headed.assignment).toMatchObject({ lead: ['Sở Nội vụ'] });
    expect(headed.assignment?.cooperating).toEqual(['các sở, ngành, đơn vị có liên quan']);
    expect(plain.assignment).toBeNull();
  });

  it('gives no deadline for ongoing or open-ended times', () => {
    const task = item('4', 'Kiểm tra', ['Cơ quan chủ trì: Sở Tư pháp', 'Thời gian thực hiện: Năm 2026 và các năm tiếp theo.']);

    expect(assignFromText([task], null).deadlines).toEqual([]);
    expect(readField('Thời gian thực hiện: Thường xuyên')).toEqual({ kind: 'time', value: 'Thường xuyên' });
  });
});
