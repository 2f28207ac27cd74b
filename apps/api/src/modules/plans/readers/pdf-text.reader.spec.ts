import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, scorePlanText, type ExpectedFacts } from '@mandate/domain';
import { pdfOf, type PdfLine } from '../../../../test/support/document-fixtures';
import { joinPdfPages, readPdfText } from './pdf-text.reader';

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

// Each read starts a worker thread that loads pdf.js: seconds on a busy machine, so more than Jest's default 5 s.
jest.setTimeout(30_000);

describe(readPdfText.name, () => {
  it('reads the text layer line by line, a row of separate cells as a | row', async () => {
    const sut = await readPdfText(
      pdfOf(['KẾ HOẠCH', 'Chuyển đổi số năm 2026', ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'], ['1', 'Xây dựng dữ liệu', 'Sở Khoa học và Công nghệ', 'Quý III/2026']]),
    );
    expect(sut.normalize('NFC').split('\n')).toEqual(['KẾ HOẠCH', 'Chuyển đổi số năm 2026', '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |', '| 1 | Xây dựng dữ liệu | Sở Khoa học và Công nghệ | Quý III/2026 |']);
  });

  it('answers a scan (no text layer) with PDF_NO_TEXT_LAYER', async () => {
    expect(await codeOf(readPdfText(pdfOf([], { imageOnly: true })))).toBe('PDF_NO_TEXT_LAYER');
  });

  it('answers a password-protected PDF with PDF_ENCRYPTED', async () => {
    expect(await codeOf(readPdfText(pdfOf(['Kế hoạch'], { encrypted: true })))).toBe('PDF_ENCRYPTED');
  });

  it('answers a damaged PDF with DOCUMENT_UNREADABLE', async () => {
    expect(await codeOf(readPdfText(Buffer.from('%PDF-1.4\n1 0 obj << garbage')))).toBe('DOCUMENT_UNREADABLE');
  });

  it('joins pages without a blank line and drops the page numbers at their top and foot', () => {
    const pages = [
      ['KẾ HOẠCH', '1. Rà soát hạ tầng số của các sở, ngành theo Quyết định của Ủy ban', '- 1 -'],
      ['2', 'nhân dân tỉnh, hoàn thành trong quý III năm 2026.', '2. Đào tạo 120 cán bộ.', 'Trang 2/3'],
      ['3/3'],
    ];

    expect(joinPdfPages(pages).split('\n')).toEqual([
      'KẾ HOẠCH',
      '1. Rà soát hạ tầng số của các sở, ngành theo Quyết định của Ủy ban',
      'nhân dân tỉnh, hoàn thành trong quý III năm 2026.',
      '2. Đào tạo 120 cán bộ.',
    ]);
  });

  it('reads the sample plan printed over several pages as a PDF, wrapped at 90 columns, with the facts of its text', async () => {
    const sample = join(__dirname, '../../../../../../fixtures/plans/nq-318-2025-quang-ninh');
    const text = readFileSync(`${sample}.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${sample}.expected.json`, 'utf8')) as ExpectedFacts;
    const cellsOf = (line: string) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    const printed = text
      .split('\n')
      .filter((line) => line.trim() !== '' && (!line.includes('|') || cellsOf(line).length > 0))
      .flatMap((line): PdfLine[] =>
        // a table row is printed as its cells set apart; a paragraph is wrapped at 90 columns
        line.includes('|') ? [cellsOf(line)] : line.split(' ').reduce<string[]>((wrapped, word) => {
          const last = wrapped.length - 1;
          if (last >= 0 && `${wrapped[last]} ${word}`.length <= 90) wrapped[last] = `${wrapped[last]} ${word}`;
          else wrapped.push(word);
          return wrapped;
        }, []),
      );

    const sut = scorePlanText(await readPdfText(pdfOf(printed)), expected);

    expect(printed.length).toBeGreaterThan(200);
    // a paragraph whose last line happens to be full reads on into the next: a few paragraph counts may differ
    expect(sut.problems.filter((problem) => !/paragraphs/.test(problem))).toEqual([]);
    expect(sut.held).toBeGreaterThanOrEqual(sut.facts - 4);
  });
});
