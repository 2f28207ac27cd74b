/**
 * A table-heavy input for the benchmark: the HCM decision whose appendix is a one-cell-per-line task
 * table (fixtures/plans/real/02-...), and a copy whose table rows are repeated until the text is `factor`
 * times as long. Each repeat tags its long cells with its copy number, so the repeated-block filter keeps it.
 */
import * as path from 'node:path';

export const TABLE_FILE = path.resolve(__dirname, '../../fixtures/plans/real/02-hcm-qd2820-csdl-quy-hoach.txt');

/** Lines of the table body: from its first group row (after the header) to the end of the text. */
function tableBody(lines: string[]): { head: string[]; body: string[] } {
  const header = lines.findIndex((line) => line.trim() === '**TT**');
  const firstGroup = lines.findIndex((line, index) => index > header && /^\*\*\s*I\*\*$/.test(line.trim()));
  if (header < 0 || firstGroup < 0) throw new Error(`No appendix table found in ${TABLE_FILE}`);
  return { head: lines.slice(0, firstGroup - 1), body: lines.slice(firstGroup - 1) };
}

export function tableHeavyDocument(text: string, factor: number): string {
  const { head, body } = tableBody(text.split('\n'));
  const bodyText = body.join('\n');
  const copies = Math.max(1, Math.round((factor * text.length - head.join('\n').length) / bodyText.length));
  const tagged = Array.from({ length: copies }, (_, copy) =>
    copy === 0 ? bodyText : body.map((line) => (line.length > 20 ? `${line} [${copy}]` : line)).join('\n'),
  );
  return [...head, tagged.join('\n|\n')].join('\n');
}
