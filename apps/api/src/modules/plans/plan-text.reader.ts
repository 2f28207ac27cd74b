import { DomainError } from '@mandate/domain';
import { readDocxText } from './readers/docx-text.reader';
import { readPdfText } from './readers/pdf-text.reader';
import { readPlainText } from './readers/plain-text.reader';
import { TransportError } from '../../common/errors/transport-error';

/** An uploaded file may be up to 20 MB (a Word file with pictures, a long PDF). */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;
/** The text itself, pasted or read from a file: far above any real plan, and it bounds the parser's work. */
export const MAX_PLAN_TEXT_BYTES = 5 * 1024 * 1024;

/** What multer's memory storage hands over; typed here because @types/multer is not installed. */
export interface UploadedPlanFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (buffer: Buffer, magic: string) => buffer.subarray(0, magic.length).toString('latin1') === magic;

/** The document's text from a JSON `text` or an uploaded .txt/.docx/.pdf: 400 empty, 413 too large, 415 any other type, 422 unreadable. */
export async function readPlanText(text: string | undefined, file: UploadedPlanFile | undefined): Promise<string> {
  const raw = file ? await textOfFile(file) : text ?? '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_PLAN_TEXT_BYTES) throw new TransportError('PAYLOAD_TOO_LARGE', 'Nội dung văn bản lớn hơn 5 MB. / The document text is larger than 5 MB.', [{ field: file ? 'file' : 'text', message: 'text over 5 MB', rule: 'tooLarge' }]);
  if (raw.trim().length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'text: the document is empty', [{ field: file ? 'file' : 'text', message: 'must not be empty', rule: 'required' }]);
  }
  return raw;
}

async function textOfFile(file: UploadedPlanFile): Promise<string> {
  if (file.size > MAX_PLAN_FILE_BYTES || file.buffer.length > MAX_PLAN_FILE_BYTES) throw new TransportError('PAYLOAD_TOO_LARGE', 'Tệp lớn hơn 20 MB. / The file is larger than 20 MB.', [{ field: 'file', message: 'over 20 MB', rule: 'tooLarge' }]);
  const name = file.originalname.toLowerCase();
  if (name.endsWith('.docx') || file.mimetype === DOCX_MIME) return readDocxText(file.buffer);
  if (name.endsWith('.pdf') || file.mimetype === 'application/pdf') {
    if (!startsWith(file.buffer, '%PDF-')) throw unsupported();
    return readPdfText(file.buffer);
  }
  const looksText = name.endsWith('.txt') || file.mimetype.startsWith('text/') || (file.mimetype === 'application/octet-stream' && !name.includes('.'));
  const text = looksText ? readPlainText(file.buffer) : null;
  if (text === null) throw unsupported();
  return text;
}

const unsupported = () => new TransportError('UNSUPPORTED_MEDIA_TYPE', 'Hãy tải lên văn bản dạng .txt (UTF-8, UTF-16 hoặc Windows-1258), Word (.docx) hoặc PDF. / Upload the document as text (.txt in UTF-8, UTF-16 or Windows-1258), Word (.docx) or PDF.', [{ field: 'file', message: 'unsupported type', rule: 'fileType' }]);
