import { DataSource } from 'typeorm';
import { copyRows } from '../src/common/persistence/copy-out';

/** copyRows inlines its parameters as literals (COPY takes no bind parameters): they must mean what a bound parameter means. */
describe('copyRows against PostgreSQL', () => {
  let dataSource: DataSource;
  const text = (rows: (Buffer | null)[][]) => rows.map((row) => row.map((field) => field?.toString('utf8') ?? null));

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL as string, extra: { max: 1 } }).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('takes an array parameter as node-postgres would bind it: every element back as given, quotes and backslashes included', async () => {
    const values = ['Sở "Tài chính"', "it's", 'a\\b', 'x,y}', '', null, 'NULL'];
    const sql = `SELECT ord::text, v FROM unnest($1::text[]) WITH ORDINALITY AS u(v, ord) ORDER BY ord`;
    const bound: { v: string | null }[] = await dataSource.query(sql, [values]);
    const copied = text(await copyRows(dataSource, sql, [values]));
    expect(copied.map(([, v]) => v)).toEqual(values);
    expect(copied.map(([, v]) => v)).toEqual(bound.map((r) => r.v));
  });

  it('filters with = ANY of a uuid array and reads a two-dimensional integer array', async () => {
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003'];
    const rows = await copyRows(
      dataSource,
      `SELECT id::text FROM (VALUES ('00000000-0000-4000-8000-000000000001'::uuid), ('00000000-0000-4000-8000-000000000002'::uuid), ('00000000-0000-4000-8000-000000000003'::uuid)) AS t(id)
       WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    expect(text(rows)).toEqual(ids.map((id) => [id]));
    expect(text(await copyRows(dataSource, `SELECT ($1::int[])[2][1]::text, array_length($2::int[], 1)::text`, [[[1, 2], [3, 4]], []]))).toEqual([['3', null]]);
  });
});
