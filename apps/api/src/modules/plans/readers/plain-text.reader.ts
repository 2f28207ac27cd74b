/**
 * The text of an uploaded .txt file in the encodings Vietnamese offices save text in: UTF-8 (with or without a byte
 * order mark), UTF-16 with its mark (Notepad's and Word's "Unicode"), and Windows-1258 (Word's "Vietnamese (Windows)").
 * Returns null for bytes that are none of these (a binary renamed to .txt).
 */
export function readPlainText(buffer: Buffer): string | null {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decode('utf-16le', buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decode('utf-16be', buffer.subarray(2));
  // A NUL byte never occurs in 8-bit text: a renamed image or binary is refused, not parsed.
  if (buffer.includes(0)) return null;
  const utf8 = decode('utf-8', buffer);
  if (utf8 !== null) return utf8.replace(/^\uFEFF/, '');
  // Windows-1258 writes tones as combining marks; the parser recomposes them (NFC).
  return decode('windows-1258', buffer)?.normalize('NFC') ?? null;
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return encoding.startsWith('utf-16') && text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}
