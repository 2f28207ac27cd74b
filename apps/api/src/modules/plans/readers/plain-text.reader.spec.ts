import { readPlainText } from './plain-text.reader';

const TEXT = 'KẾ HOẠCH\nNhiệm vụ và giải pháp: Sở Tài chính chủ trì, hoàn thành trong quý III năm 2026.';

describe(readPlainText.name, () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(readPlainText(Buffer.from(TEXT, 'utf8'))).toBe(TEXT);
    expect(readPlainText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]))).toBe(TEXT);
  });

  it('reads UTF-16 little- and big-endian by their byte order mark (Notepad and Word "Unicode")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(readPlainText(le)).toBe(TEXT);
    expect(readPlainText(be)).toBe(TEXT);
  });

  it('reads Windows-1258 (Word "Vietnamese (Windows)"), recomposing its combining tone marks', () => {
    // "Kế hoạch" in Windows-1258: e-circumflex (0xEA) + combining acute (0xEC), o + combining dot below (0xF2) then "ạ" = a + 0xF2.
    const bytes = Buffer.from([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    expect(readPlainText(bytes)).toBe('Kế hoạch');
  });

  it('refuses a binary renamed to .txt', () => {
    expect(readPlainText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBeNull();
  });
});
