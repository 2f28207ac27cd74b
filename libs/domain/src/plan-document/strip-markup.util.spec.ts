import { stripMarkup } from './strip-markup.util';

describe('stripMarkup', () => {
  it('drops paired, unbalanced and empty emphasis', () => {
    expect(stripMarkup('**1.****')).toBe('1.');
    expect(stripMarkup('**Trên cơ sở kết quả')).toBe('Trên cơ sở kết quả');
    expect(stripMarkup('**- **Triển khai rà soát')).toBe('- Triển khai rà soát');
    expect(stripMarkup('*Hà Nội, ngày 27')).toBe('Hà Nội, ngày 27');
    expect(stripMarkup('** **').trim()).toBe('');
    expect(stripMarkup('phục vụ ****công tác')).toBe('phục vụ công tác');
  });

  it('drops heading marks and keeps footnote markers', () => {
    expect(stripMarkup('## KẾ HOẠCH')).toBe('KẾ HOẠCH');
    expect(stripMarkup('các dự án (*) và (**) *khác*')).toBe('các dự án (*) và (**) khác');
  });
});
