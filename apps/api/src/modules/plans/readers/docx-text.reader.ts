import mammoth from 'mammoth';
import { DomainError } from '@mandate/domain';
import { checkDocxPackage } from './docx-package.guard';
import { linesOfWordHtml } from './word-html-lines';

/** The text of a Word file with its tables kept as `| cell | cell |` rows, after the package passed its checks. */
export async function readDocxText(buffer: Buffer): Promise<string> {
  checkDocxPackage(buffer);
  let html: string;
  try {
    // Images are never read: the plan's text is what matters, and skipping them keeps memory flat.
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false })).value;
  } catch {
    throw new DomainError('DOCUMENT_UNREADABLE', 'Không đọc được tệp Word; hãy lưu lại từ Word hoặc dán nội dung. / The Word file could not be read; save it again from Word or paste its text.', [{ field: 'file', message: 'could not be read', rule: 'unreadable' }]);
  }
  return linesOfWordHtml(html).join('\n');
}
