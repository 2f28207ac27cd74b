import { escapeLiteral, PoolClient } from 'pg';
import { DataSource } from 'typeorm';

/** The 11-byte signature, flags and header-extension length that open PostgreSQL's binary COPY format. */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

const ignore = (): void => undefined;

/**
 * One `COPY … TO STDOUT` through node-postgres' client: the CopyData chunks kept as they come, never decoded.
 * (node-postgres decodes every field of an ordinary result into a JS string; a board of 10,000 cards is 3 MB of
 * UTF-8 that Node then encoded back to bytes to gzip it, which cost more CPU than the gzip itself.)
 */
class CopyOut {
  private readonly chunks: Buffer[] = [];
  private settle: (error: Error | null) => void = () => undefined;
  /** Every chunk received, once the server is ready again. */
  readonly received = new Promise<Buffer[]>((resolve, reject) => {
    this.settle = (error) => (error ? reject(error) : resolve(this.chunks));
  });

  constructor(private readonly text: string) {}

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  /** The chunk is a view of the protocol parser's buffer, which the next network read may overwrite: copied. */
  handleCopyData(message: { chunk: Buffer }): void {
    this.chunks.push(Buffer.from(message.chunk));
  }

  /** A server error (then ReadyForQuery follows) or a broken connection (nothing follows): the first settles. */
  handleError(error: Error): void {
    this.settle(error);
  }

  handleReadyForQuery(): void {
    this.settle(null);
  }

  // What the client may hand any active query; a COPY has nothing to do with them.
  handleCommandComplete = ignore;
  handleRowDescription = ignore;
  handleDataRow = ignore;
  handleEmptyQuery = ignore;
  handlePortalSuspended = ignore;
}

/** NUL ends the statement text: refused as Postgres refuses NUL in a parameter (22021, a 400 for the client). */
const refuseNul = (text: string): string => {
  if (text.includes('\0')) throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
  return text;
};

/** A scalar as the text node-postgres would send for it, or null when it has none that keeps its meaning. */
const scalarText = (value: unknown): string | null => {
  if (typeof value === 'string') return refuseNul(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
};

const unsupported = (value: unknown): TypeError =>
  new TypeError(
    `copyRows takes text, finite numbers, booleans, null and arrays of them as values, not ${typeof value === 'object' && value ? (value.constructor?.name ?? 'object') : `${typeof value} ${String(value)}`}`,
  );

/**
 * An array as the text of a Postgres array literal, as node-postgres sends an array parameter: every element
 * double-quoted with `"` and `\` escaped, NULL bare, nested arrays as nested braces (`{{"1","2"},{"3","4"}}`).
 */
const arrayText = (values: readonly unknown[]): string =>
  `{${values
    .map((value) => {
      if (value === null || value === undefined) return 'NULL';
      if (Array.isArray(value)) return arrayText(value);
      const text = scalarText(value);
      if (text === null) throw unsupported(value);
      return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    })
    .join(',')}}`;

/**
 * A value as the literal Postgres would have received as an untyped parameter: quoted text that takes its type
 * from where it stands (`'…'::date`, a uuid column, a bigint row number, `= ANY('{…}'::uuid[])`), so the statement
 * means the same. Anything else (an object, a Date, NaN) is a programming error of the caller: a TypeError.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return escapeLiteral(arrayText(value));
  const text = scalarText(value);
  if (text === null) throw unsupported(value);
  return typeof value === 'boolean' ? text : escapeLiteral(text);
}

/** `$1`, `$2`… of a statement replaced by the literals of `values` (COPY takes no bind parameters). */
export function inlineParameters(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new RangeError(`$${n} has no value`);
    return sqlLiteral(values[index]);
  });
}

/**
 * Splits PostgreSQL's binary COPY output into rows of fields, each the bytes the server sent (null for NULL). The
 * server sends one CopyData message per row, so fields are read in place from the chunk they arrived in; a row
 * that still spans chunks is read after joining the rest (one copy, never the common case).
 */
export function parseBinaryCopy(chunks: readonly Buffer[]): (Buffer | null)[][] {
  let bytes = chunks[0] ?? Buffer.alloc(0);
  let next = 1;
  let offset = 0;
  const need = (n: number): void => {
    if (offset === bytes.length && next < chunks.length) {
      bytes = chunks[next++];
      offset = 0;
    }
    if (offset + n <= bytes.length) return;
    bytes = Buffer.concat([bytes.subarray(offset), ...chunks.slice(next)]);
    next = chunks.length;
    offset = 0;
    if (n > bytes.length) throw new Error('The binary COPY stream ended in the middle of a row.');
  };
  need(19);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not a binary COPY stream.');
  const extension = bytes.readUInt32BE(15);
  offset = 19;
  need(extension);
  offset += extension;
  const rows: (Buffer | null)[][] = [];
  for (;;) {
    need(2);
    const fieldCount = bytes.readInt16BE(offset);
    offset += 2;
    if (fieldCount === -1) return rows;
    const row: (Buffer | null)[] = [];
    for (let i = 0; i < fieldCount; i++) {
      need(4);
      const length = bytes.readInt32BE(offset);
      offset += 4;
      if (length === -1) {
        row.push(null);
      } else {
        need(length);
        row.push(bytes.subarray(offset, offset + length));
        offset += length;
      }
    }
    rows.push(row);
  }
}

/**
 * The rows of a query as raw bytes per field, read with `COPY (query) TO STDOUT (FORMAT binary)`. In binary COPY a
 * text or json field is its UTF-8 bytes as is; cast other columns to text in the query to read them. For results
 * that go out as bytes (a large JSON body to gzip) without Node ever holding them as a string.
 */
export async function copyRows(dataSource: DataSource, sql: string, values: readonly unknown[] = []): Promise<(Buffer | null)[][]> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    const client = (await runner.connect()) as PoolClient;
    const copy = new CopyOut(`COPY (${inlineParameters(sql, values)}) TO STDOUT (FORMAT binary)`);
    void client.query(copy as never);
    return parseBinaryCopy(await copy.received);
  } finally {
    await runner.release();
  }
}
