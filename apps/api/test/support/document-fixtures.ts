import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/** Small real documents built in memory for the import tests: Word packages and PDFs with a text layer. */

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DocxBlock = string | { table: (string | { text: string; rowSpan?: 'start' | 'continue'; colSpan?: number })[][] };

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const paragraphXml = (text: string) => text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');

/** The document.xml of paragraphs (a string, each line its own paragraph) and tables (rows of cells; a cell may merge down or across). */
export function documentXmlOf(blocks: DocxBlock[], prolog = ''): string {
  const body = blocks
    .map((block) => {
      if (typeof block === 'string') return paragraphXml(block);
      const rows = block.table.map((row) => {
        const cells = row.map((cell) => {
          const c = typeof cell === 'string' ? { text: cell } : cell;
          const props = `${c.colSpan ? `<w:gridSpan w:val="${c.colSpan}"/>` : ''}${c.rowSpan === 'start' ? '<w:vMerge w:val="restart"/>' : c.rowSpan === 'continue' ? '<w:vMerge/>' : ''}`;
          return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphXml(c.text)}</w:tc>`;
        });
        return `<w:tr>${cells.join('')}</w:tr>`;
      });
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A Word file as Word writes it (deflated zip). */
export async function docxOf(blocks: DocxBlock[], extraParts: Record<string, string | Buffer> = {}): Promise<Buffer> {
  return docxOfXml(documentXmlOf(blocks), extraParts);
}

export async function docxOfXml(documentXml: string, extraParts: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/document.xml', documentXml);
  for (const [name, content] of Object.entries(extraParts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip written by hand so a test can make its central directory lie about an entry's size. */
export function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const docxParts = (documentXml: string) => [
  { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
  { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
  { name: 'word/document.xml', data: Buffer.from(documentXml) },
];

export type PdfLine = string | string[];

/** Lines a page of `pdfOf` holds: 14 pt apart from y = 560 down to the foot of an A4 landscape page. */
const PDF_LINES_PER_PAGE = 38;
/**
 * Single-byte codes every reader keeps for a standard font: the printable ASCII ones, whose StandardEncoding glyphs
 * exist (pdf.js drops a code above 126 that names no glyph of the font, whatever its ToUnicode says); 32 is the space.
 */
const PDF_FREE_CODES = Array.from({ length: 94 }, (_, i) => i + 33);

/**
 * A PDF whose text layer reads as the given lines (a line of several cells is a table row, the cells set apart), on
 * as many A4 pages as they need. Glyphs come from a standard font; ToUnicode maps carry the Vietnamese letters, a
 * font per 94 distinct characters (a run of text switches font where its characters do), as a real PDF subsets them.
 */
export function pdfOf(lines: PdfLine[], options: { encrypted?: boolean; imageOnly?: boolean } = {}): Buffer {
  const fonts: Map<string, number>[] = [];
  const glyphOf = (char: string): { font: number; code: number } => {
    if (char === ' ') return { font: Math.max(0, fonts.length - 1), code: 32 };
    for (let font = 0; font < fonts.length; font += 1) {
      const code = fonts[font].get(char);
      if (code !== undefined) return { font, code };
    }
    if (fonts.length === 0 || fonts[fonts.length - 1].size >= PDF_FREE_CODES.length) fonts.push(new Map());
    const font = fonts.length - 1;
    const code = PDF_FREE_CODES[fonts[font].size];
    fonts[font].set(char, code);
    return { font, code };
  };
  // A run of characters in one font: `/F<n> 9 Tf <hex> Tj`; the text position runs on from one run to the next.
  const show = (text: string): string => {
    const runs: { font: number; hex: string }[] = [];
    for (const char of text.normalize('NFC')) {
      const glyph = glyphOf(char);
      const font = char === ' ' && runs.length > 0 ? runs[runs.length - 1].font : glyph.font;
      const hex = glyph.code.toString(16).padStart(2, '0');
      if (runs.length > 0 && runs[runs.length - 1].font === font) runs[runs.length - 1].hex += hex;
      else runs.push({ font, hex });
    }
    return runs.map((run) => `/F${run.font + 1} 9 Tf <${run.hex}> Tj`).join(' ');
  };
  // Columns as wide as their widest cell (9 pt glyphs are 4.5 pt wide) plus a gap, as a real table has.
  const widths: number[] = [];
  for (const line of lines) if (typeof line !== 'string') line.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length * 4.5 + 24)));
  const pages: PdfLine[][] = [];
  for (let i = 0; i < lines.length; i += PDF_LINES_PER_PAGE) pages.push(lines.slice(i, i + PDF_LINES_PER_PAGE));
  if (pages.length === 0) pages.push([]);
  const contents = pages.map((page) => {
    if (options.imageOnly) return 'q 200 0 0 200 50 500 cm /Im1 Do Q';
    const ops = page.flatMap((line, i) => {
      const y = 560 - i * 14;
      const cells = typeof line === 'string' ? [line] : line;
      return cells.map((cell, c) => `1 0 0 1 ${40 + widths.slice(0, c).reduce((a, b) => a + b, 0)} ${y} Tm ${show(cell)}`);
    });
    return `BT ${ops.join(' ')} ET`;
  });
  if (fonts.length === 0) fonts.push(new Map());
  const fontObjects = fonts.flatMap((codes, font) => {
    const bfchar = [[' ', 32] as const, ...codes].map(([char, code]) => `<${code.toString(16).padStart(2, '0')}> <${char.charCodeAt(0).toString(16).padStart(4, '0')}>`);
    const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Mandate${font} def 1 begincodespacerange <00> <FF> endcodespacerange ${bfchar.length} beginbfchar ${bfchar.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
    return [
      `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /LastChar 255 /Widths [${Array(256).fill(500).join(' ')}] /ToUnicode ${5 + font * 2} 0 R >>`,
      `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    ];
  });
  const firstPage = 4 + fontObjects.length;
  const fontResources = fonts.map((_, font) => `/F${font + 1} ${4 + font * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream',
    ...fontObjects,
    ...contents.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << ${fontResources} >> /XObject << /Im1 3 0 R >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ]),
  ];
  if (options.encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A small UBND plan whose tasks live in an appendix table with lead and co-operating agencies and deadlines. */
export const TABLE_PLAN_HEAD = 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: đẩy mạnh chuyển đổi số.\nII. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ';
export const TABLE_PLAN_ROWS = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
  ['1', 'Xây dựng cơ sở dữ liệu dùng chung của tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Tài chính; UBND các xã', 'Quý III/2026', 'Cơ sở dữ liệu được vận hành'],
  ['2', 'Nâng cấp mạng truyền số liệu chuyên dùng', 'Sở KH&CN', 'Văn phòng UBND tỉnh', 'Tháng 6/2026', 'Mạng được nâng cấp'],
  ['3', 'Bảo đảm an ninh mạng cho hệ thống', 'Bộ Công an', 'Sở Tài chính', 'Năm 2026', 'Báo cáo đánh giá'],
];
export const TABLE_PLAN_TEXT = `${TABLE_PLAN_HEAD.replace(/\n/g, '\n\n')}\n\n${TABLE_PLAN_ROWS.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;
