import { inlineParameters, parseBinaryCopy, sqlLiteral } from './copy-out';

/** A binary COPY stream as PostgreSQL writes it: signature, flags, header extension, tuples, trailer. */
const copyStream = (rows: (string | null)[][]): Buffer => {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), Buffer.from([0, 0, 0, 2, 9, 9])];
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const field of row) {
      const length = Buffer.alloc(4);
      const bytes = field === null ? Buffer.alloc(0) : Buffer.from(field, 'utf8');
      length.writeInt32BE(field === null ? -1 : bytes.length);
      parts.push(length, bytes);
    }
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
};

describe('copy-out', () => {
  it('splits a binary COPY stream into rows of raw fields, NULL as null, skipping the header extension', () => {
    const stream = copyStream([['Việc số 1', null, '[{"a":"b\\n"}]'], ['x', '', '2']]);
    const expected = [
      ['Việc số 1', null, '[{"a":"b\\n"}]'],
      ['x', '', '2'],
    ];
    const text = (rows: (Buffer | null)[][]) => rows.map((row) => row.map((field) => field?.toString('utf8') ?? null));
    expect(text(parseBinaryCopy([stream]))).toEqual(expected);
    // Cut anywhere (the server sends a message per row, but a row across messages still reads).
    for (let cut = 1; cut < stream.length; cut++) expect(text(parseBinaryCopy([stream.subarray(0, cut), stream.subarray(cut)]))).toEqual(expected);
  });

  it('reads rows, fields and the trailer split across many chunks, one chunk per row, or one byte per chunk', () => {
    const rows = [['Việc số 1', null, 'x'.repeat(300)], ['', 'Sở Tài chính']];
    const stream = copyStream(rows);
    const text = (parsed: (Buffer | null)[][]) => parsed.map((row) => row.map((field) => field?.toString('utf8') ?? null));
    // Every byte its own chunk: the header, each length, each field (and a multi-byte character) and the trailer all split.
    expect(text(parseBinaryCopy([...stream].map((byte) => Buffer.from([byte]))))).toEqual(rows);
    // As the server sends it: the header with the first row, then one message per row, then the trailer on its own.
    const header = 11 + 4 + 4 + 2; // signature, flags, extension length, the 2-byte extension
    const firstRowEnd = header + 2 + 4 + Buffer.byteLength('Việc số 1') + 4 + 4 + 300;
    const chunks = [stream.subarray(0, firstRowEnd), stream.subarray(firstRowEnd, stream.length - 2), stream.subarray(stream.length - 2)];
    expect([chunks[1].readInt16BE(0), chunks[2].readInt16BE(0)]).toEqual([2, -1]);
    expect(text(parseBinaryCopy(chunks))).toEqual(rows);
    // Three cuts: a row across three chunks, a field across two, the two trailer bytes apart, and empty chunks between.
    for (const [a, b] of [
      [header + 3, header + 40],
      [header + 10, stream.length - 1],
      [firstRowEnd + 1, firstRowEnd + 5],
    ]) {
      expect(text(parseBinaryCopy([stream.subarray(0, a), Buffer.alloc(0), stream.subarray(a, b), stream.subarray(b), Buffer.alloc(0)]))).toEqual(rows);
    }
  });

  it('says so when the stream ends in the middle of a row', () => {
    const stream = copyStream([['abc']]);
    expect(() => parseBinaryCopy([stream.subarray(0, stream.length - 4)])).toThrow('ended in the middle of a row');
  });

  it('refuses what is not a binary COPY stream', () => {
    expect(() => parseBinaryCopy([Buffer.from('id\tname\n1\tx\n2\ty\n3\tz\n')])).toThrow('Not a binary COPY stream.');
  });

  it('inlines parameters as quoted literals that cannot break out of their quotes', () => {
    expect(inlineParameters('SELECT * FROM t WHERE a = $1 AND b <= $2 AND c = $10', ['x', 50, 3, 4, 5, 6, 7, 8, 9, "o'k\\"])).toBe(
      `SELECT * FROM t WHERE a = 'x' AND b <= '50' AND c =  E'o''k\\\\'`,
    );
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral("'); DROP TABLE t; --")).toBe(`'''); DROP TABLE t; --'`);
  });

  it('writes an array as a quoted Postgres array literal, as node-postgres sends an array parameter', () => {
    expect(sqlLiteral([])).toBe(`'{}'`);
    expect(sqlLiteral(['a', 2, true, null])).toBe(`'{"a","2","true",NULL}'`);
    expect(sqlLiteral([[1, 2], [3, null]])).toBe(`'{{"1","2"},{"3",NULL}}'`);
    // Quotes and backslashes escaped inside the element, then the whole literal escaped again for SQL.
    expect(sqlLiteral(['say "hi"', "it's", 'a\\b', 'x,y}'])).toBe(` E'{"say \\\\"hi\\\\"","it''s","a\\\\\\\\b","x,y}"}'`);
  });

  it('refuses a placeholder without a value and values it cannot write as a literal', () => {
    expect(() => inlineParameters('SELECT $2', ['only one'])).toThrow('$2 has no value');
    expect(() => sqlLiteral({ a: 1 })).toThrow(TypeError);
    expect(() => sqlLiteral(new Date(0))).toThrow('not Date');
    expect(() => sqlLiteral(Number.NaN)).toThrow('not number NaN');
    expect(() => sqlLiteral(['a', { b: 1 }])).toThrow('not Object');
    expect(() => sqlLiteral(['a\0'])).toThrow(expect.objectContaining({ code: '22021' }));
    // NUL would end the statement text early: refused with the SQLSTATE Postgres gives a NUL parameter.
    expect(() => sqlLiteral('a\0b')).toThrow(expect.objectContaining({ code: '22021' }));
  });
});
