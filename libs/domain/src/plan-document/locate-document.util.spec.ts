import { isSignatureLine, locateDocument, titleWordOf } from './locate-document.util';

describe('locateDocument', () => {
  it('keeps the document from its header block to its signature, and an appendix after it', () => {
    const lines = ['Trang chủ', 'ỦY BAN NHÂN DÂN', 'Số: 1/KH-UBND', 'KẾ HOẠCH', 'I. NHIỆM VỤ', 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn A', 'PHỤ LỤC', '| STT | Nhiệm vụ |'];

    const sut = locateDocument(lines);

    expect(sut.segments).toEqual([
      { start: 1, end: 5, titleLine: 3 },
      { start: 7, end: 9, titleLine: -1 },
    ]);
  });

  it('reads the whole text with a warning when there is no title block', () => {
    const sut = locateDocument(['1. Việc', '2. Việc']);

    expect(sut.segments).toEqual([{ start: 0, end: 2, titleLine: -1 }]);
    expect(sut.warnings).toHaveLength(1);
  });
});

describe('titleWordOf and isSignatureLine', () => {
  it('knows a title line from the decision clause and from running text', () => {
    expect(titleWordOf('NGHỊ QUYẾT')).toBe('nghi quyet');
    expect(titleWordOf('KẾ HOẠCH Thực hiện Nghị quyết')).toBe('ke hoach');
    expect(titleWordOf('QUYẾT ĐỊNH:')).toBeNull();
    expect(titleWordOf('Kế hoạch phát triển')).toBeNull();
  });

  it('knows a signature block', () => {
    expect(isSignatureLine('CHỦ TỊCH |')).toBe(true);
    expect(isSignatureLine('| Nơi nhận: | KT. CHỦ TỊCH |')).toBe(true);
    expect(isSignatureLine('Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo')).toBe(false);
  });
});
