import { DomainError } from '../errors/domain-error';
import { assertEvidenceFiles, EVIDENCE_MAX_FILE_BYTES, evidenceKindOf } from './evidence-file';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe(evidenceKindOf.name, () => {
  it.each([
    ['bao-cao.pdf', text('%PDF-1.7\n'), 'pdf'],
    ['Báo cáo.DOCX', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'docx'],
    ['so-lieu.xlsx', bytes(0x50, 0x4b, 0x03, 0x04), 'xlsx'],
    ['anh.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['anh.jpg', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['anh.jpeg', bytes(0xff, 0xd8, 0xff, 0xe1), 'jpeg'],
    ['ghi-chu.txt', text('Đã hoàn thành 80% khối lượng'), 'txt'],
  ])('recognises %s', (name, head, kind) => {
    expect(evidenceKindOf(name, head)).toBe(kind);
  });

  it.each([
    ['a renamed program', 'bao-cao.pdf', bytes(0x4d, 0x5a, 0x90, 0)],
    ['a binary named .txt', 'ghi-chu.txt', bytes(0x41, 0, 0x42)],
    ['an executable', 'setup.exe', bytes(0x4d, 0x5a)],
    ['no extension', 'README', text('hello')],
    ['an empty pdf', 'x.pdf', bytes()],
  ])('refuses %s', (_, name, head) => {
    expect(evidenceKindOf(name, head)).toBeNull();
  });
});

describe(assertEvidenceFiles.name, () => {
  const pdf = { fileName: 'a.pdf', size: 10, head: text('%PDF-1.4') };

  it('returns the kinds of allowed files', () => {
    expect(assertEvidenceFiles([pdf, { fileName: 'b.txt', size: 3, head: text('abc') }])).toEqual(['pdf', 'txt']);
  });

  it('refuses a sixth file with EVIDENCE_TOO_LARGE', () => {
    expect(() => assertEvidenceFiles(Array(6).fill(pdf))).toThrow(expect.objectContaining({ code: 'EVIDENCE_TOO_LARGE' }));
  });

  it('names the file over the size limit', () => {
    try {
      assertEvidenceFiles([pdf, { ...pdf, size: EVIDENCE_MAX_FILE_BYTES + 1 }]);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('EVIDENCE_TOO_LARGE');
      expect((error as DomainError).details[0].field).toBe('files[1]');
    }
  });

  it('refuses a kind not allowed with EVIDENCE_TYPE_NOT_ALLOWED', () => {
    expect(() => assertEvidenceFiles([{ fileName: 'x.zip', size: 4, head: bytes(0x50, 0x4b, 3, 4) }])).toThrow(
      expect.objectContaining({ code: 'EVIDENCE_TYPE_NOT_ALLOWED', details: [expect.objectContaining({ field: 'files[0]' })] }),
    );
  });
});
