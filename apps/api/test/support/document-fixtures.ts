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

/**
 * A one-page PDF whose text layer reads as the given lines (a line of several cells is a table row, the
 * cells set apart). Glyphs come from a standard font; a ToUnicode map carries the Vietnamese letters.
 */
export function pdfOf(lines: PdfLine[], options: { encrypted?: boolean; imageOnly?: boolean } = {}): Buffer {
  // Single-byte codes a viewer reads as plain glyphs: not controls, not 127-160 nor the soft hyphen (173).
  const free = Array.from({ length: 223 }, (_, i) => i + 33).filter((c) => !(c >= 127 && c <= 160) && c !== 173);
  const codes = new Map<string, number>([[' ', 32]]);
  const codeOf = (char: string) => {
    if (!codes.has(char)) {
      const next = free[codes.size - 1];
      if (next === undefined) throw new Error('pdfOf: too many distinct characters');
      codes.set(char, next);
    }
    return codes.get(char) ?? 32;
  };
  const hex = (text: string) => [...text.normalize('NFC')].map((c) => codeOf(c).toString(16).padStart(2, '0')).join('');
  let content: string;
  if (options.imageOnly) content = 'q 200 0 0 200 50 500 cm /Im1 Do Q';
  else {
    // Columns as wide as their widest cell (9 pt glyphs are 4.5 pt wide) plus a gap, as a real table has.
    const widths: number[] = [];
    for (const line of lines) if (typeof line !== 'string') line.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length * 4.5 + 24)));
    const ops = lines.flatMap((line, i) => {
      const y = 560 - i * 14;
      const cells = typeof line === 'string' ? [line] : line;
      return cells.map((cell, c) => `1 0 0 1 ${40 + widths.slice(0, c).reduce((a, b) => a + b, 0)} ${y} Tm <${hex(cell)}> Tj`);
    });
    content = `BT /F1 9 Tf ${ops.join(' ')} ET`;
  }
  const bfchar = [...codes].map(([char, code]) => `<${code.toString(16).padStart(2, '0')}> <${char.charCodeAt(0).toString(16).padStart(4, '0')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Mandate def 1 begincodespacerange <00> <FF> endcodespacerange ${bfchar.length} beginbfchar ${bfchar.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 7 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /LastChar 255 /Widths [${Array(256).fill(500).join(' ')}] /ToUnicode 6 0 R >>`,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream',
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
