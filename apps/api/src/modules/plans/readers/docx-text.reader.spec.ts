import { DomainError } from '@mandate/domain';
import { docxOf, docxOfXml, docxParts, documentXmlOf, zipOf } from '../../../../test/support/document-fixtures';
import { TransportError } from '../../../common/errors/transport-error';
import { DOCX_LIMITS } from './docx-package.guard';
import { readDocxText } from './docx-text.reader';

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error instanceof DomainError || error instanceof TransportError).toBe(true);
  return (error as DomainError | TransportError).code;
};

describe(readDocxText.name, () => {
  it('keeps paragraphs as lines and a table as | rows, merged cells repeated in their column', async () => {
    const sut = await readDocxText(
      await docxOf([
        'KẾ HOẠCH\nTriển khai nhiệm vụ',
        {
          table: [
            ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
            [{ text: 'I. Hạ tầng số', colSpan: 5 }],
            ['1', 'Xây dựng cơ sở dữ liệu | dùng chung', { text: 'Sở Khoa học và Công nghệ', rowSpan: 'start' }, 'Sở Tài chính\nUBND các xã', 'Quý III/2026'],
            ['2', 'Nâng cấp mạng', { text: '', rowSpan: 'continue' }, 'Viettel', 'Năm 2026'],
          ],
        },
        'Nơi nhận:',
      ]),
    );
    expect(sut.split('\n')).toEqual([
      'KẾ HOẠCH',
      '',
      'Triển khai nhiệm vụ',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| I. Hạ tầng số |  |  |  |  |',
      '| 1 | Xây dựng cơ sở dữ liệu / dùng chung | Sở Khoa học và Công nghệ | Sở Tài chính; UBND các xã | Quý III/2026 |',
      '| 2 | Nâng cấp mạng | Sở Khoa học và Công nghệ | Viettel | Năm 2026 |',
      '',
      'Nơi nhận:',
    ]);
  });

  it('refuses a file that is not a zip with 415', async () => {
    expect(await codeOf(readDocxText(Buffer.from('Kế hoạch số 1, chỉ là văn bản')))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
    const bomb = zipOf([...docxParts(documentXmlOf(['x'])), { name: 'word/media/zeros.bin', data: Buffer.alloc(DOCX_LIMITS.maxEntryBytes + 1) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codeOf(readDocxText(bomb))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a part that inflates beyond the size its header declares, with bounded output', async () => {
    const parts = docxParts(documentXmlOf([`Kế hoạch ${'a'.repeat(3_000_000)}`]));
    const lying = zipOf(parts.map((p) => (p.name === 'word/document.xml' ? { ...p, declaredSize: 1000 } : p)));
    expect(await codeOf(readDocxText(lying))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a document that declares an external entity (XXE)', async () => {
    const xxe = documentXmlOf(['&xxe;'], '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('&amp;xxe;', '&xxe;');
    expect(await codeOf(readDocxText(await docxOfXml(xxe)))).toBe('DOCUMENT_UNREADABLE');
  });

  it('refuses a zip without a Word document in it', async () => {
    expect(await codeOf(readDocxText(zipOf([{ name: 'readme.txt', data: Buffer.from('hello') }])))).toBe('DOCUMENT_UNREADABLE');
  });
});
