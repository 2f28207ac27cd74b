import { inflateRawSync } from 'node:zlib';
import { DomainError } from '@mandate/domain';
import { TransportError } from '../../../common/errors/transport-error';

/** Limits for a Word file's zip package: real documents stay far below them, bombs do not. */
export const DOCX_LIMITS = { maxEntries: 2000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 } as const;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const notZip = () => new TransportError('UNSUPPORTED_MEDIA_TYPE', 'Tệp .docx không phải là tệp Word hợp lệ (không phải gói zip). / The .docx file is not a Word document (not a zip package).', [{ field: 'file', message: 'is not a zip package', rule: 'fileType' }]);
const tooBig = (why: string) => new TransportError('PAYLOAD_TOO_LARGE', `Tệp Word giải nén quá lớn (${why}). / The Word file expands beyond the allowed size (${why}).`, [{ field: 'file', message: why, rule: 'tooLarge' }]);
const unreadable = (why: { vi: string; en: string }) => new DomainError('DOCUMENT_UNREADABLE', `Không đọc được tệp Word: ${why.vi}. / The Word file cannot be read: ${why.en}.`, [{ field: 'file', message: why.en, rule: 'unreadable' }]);

/**
 * Checks a .docx package before any library inflates it: sizes from the central directory, then each
 * XML part inflated with a hard output cap (a lying header cannot blow memory), and no DTDs (XXE).
 * Returns the XML parts it inflated, by name.
 */
export function checkDocxPackage(buffer: Buffer): Map<string, string> {
  const entries = centralDirectoryOf(buffer);
  if (entries.length > DOCX_LIMITS.maxEntries) throw tooBig(`${entries.length} parts`);
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw unreadable({ vi: 'tệp được mã hoá bằng mật khẩu', en: 'it is password-protected' });
    if (entry.size > DOCX_LIMITS.maxEntryBytes) throw tooBig(`${entry.name}: ${entry.size} bytes`);
    total += entry.size;
    if (total > DOCX_LIMITS.maxTotalBytes) throw tooBig(`${total} bytes in all`);
  }
  const parts = new Map<string, string>();
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const xml = inflateEntry(buffer, entry).toString('utf8');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw unreadable({ vi: `phần ${entry.name} khai báo DTD hoặc thực thể ngoài, không được phép`, en: `part ${entry.name} declares a DTD or external entity, which is not allowed` });
    parts.set(entry.name, xml);
  }
  if (!parts.has('word/document.xml')) throw unreadable({ vi: 'thiếu phần nội dung word/document.xml', en: 'it has no word/document.xml part' });
  return parts;
}

function centralDirectoryOf(buffer: Buffer): ZipEntry[] {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE) throw notZip();
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) throw notZip();
  const count = buffer.readUInt16LE(eocd + 10);
  const offset = buffer.readUInt32LE(eocd + 16);
  // Zip64 markers: a plan's Word file never needs them, a crafted one uses them to hide sizes.
  if (count === 0xffff || offset === 0xffffffff) throw unreadable({ vi: 'định dạng zip64 không được hỗ trợ', en: 'zip64 packages are not supported' });
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < Math.min(count, DOCX_LIMITS.maxEntries + 1); i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw unreadable({ vi: 'mục lục zip bị hỏng', en: 'its zip directory is damaged' });
    const nameLength = buffer.readUInt16LE(at + 28);
    entries.push({
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= stop; at--) if (buffer.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  return -1;
}

function inflateEntry(buffer: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL_SIGNATURE) throw unreadable({ vi: `phần ${entry.name} bị hỏng`, en: `part ${entry.name} is damaged` });
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw unreadable({ vi: `phần ${entry.name} bị hỏng`, en: `part ${entry.name} is damaged` });
    return data;
  }
  if (entry.method !== 8) throw unreadable({ vi: `phần ${entry.name} nén theo cách không hỗ trợ`, en: `part ${entry.name} uses an unsupported compression` });
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(`${entry.name} expands beyond its declared size`);
    throw unreadable({ vi: `phần ${entry.name} bị hỏng`, en: `part ${entry.name} is damaged` });
  }
  if (inflated.length !== entry.size) throw unreadable({ vi: `phần ${entry.name} bị hỏng`, en: `part ${entry.name} is damaged` });
  return inflated;
}
