/** A footnote marker "(*)", "(**)" is text, not emphasis. */
const FOOTNOTE = /(\(\*{1,3}\))/;
const HEADING = /^#{1,6}\s+/;

/**
 * Removes the Markdown a web converter leaves in legal texts: `**bold**`, `*italic*` (often unbalanced or
 * broken across lines, so every emphasis star goes, paired or not) and `#` heading marks. Footnote markers stay.
 */
export function stripMarkup(line: string): string {
  if (!line.includes('*') && !line.startsWith('#')) return line;
  return line
    .split(FOOTNOTE)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/\*+/g, '')))
    .join('')
    .replace(HEADING, '');
}
