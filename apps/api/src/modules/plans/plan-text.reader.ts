import { DomainError } from '@mandate/domain';
import mammoth from 'mammoth';

export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** What multer's memory storage hands over; typed here because @types/multer is not installed. */
export interface UploadedPlanFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const isZip = (buffer: Buffer) => buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;

/** The document's text from a JSON `text` or an uploaded .txt/.docx: 400 empty, 413 too large, 415 anything else. */
export async function readPlanText(text: string | undefined, file: UploadedPlanFile | undefined): Promise<string> {
  const raw = file ? await textOfFile(file) : text ?? '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_PLAN_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', 'The document is larger than 5 MB.');
  if (raw.trim().length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'text: the document is empty', [{ field: file ? 'file' : 'text', message: 'must not be empty' }]);
  }
  return raw;
}

async function textOfFile(file: UploadedPlanFile): Promise<string> {
  if (file.size > MAX_PLAN_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', 'The file is larger than 5 MB.');
  const name = file.originalname.toLowerCase();
  if (name.endsWith('.docx') || file.mimetype === DOCX_MIME) {
    if (!isZip(file.buffer)) throw unsupported();
    try {
      return (await mammoth.extractRawText({ buffer: file.buffer })).value;
    } catch {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'The .docx file could not be read; save it again from Word or paste its text.');
    }
  }
  const looksText = name.endsWith('.txt') || file.mimetype.startsWith('text/') || (file.mimetype === 'application/octet-stream' && !name.includes('.'));
  // A NUL byte never occurs in UTF-8 text: a renamed image or binary is refused, not parsed.
  if (!looksText || file.buffer.includes(0)) throw unsupported();
  return file.buffer.toString('utf8').replace(/^\uFEFF/, '');
}

const unsupported = () => new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Upload the document as UTF-8 text (.txt) or Word (.docx).');
