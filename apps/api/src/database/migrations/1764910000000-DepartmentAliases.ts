import { MigrationInterface, QueryRunner } from 'typeorm';

/** Names documents use for a department ("Sở KH&CN", "UBND cấp xã"), kept by the admin; one key maps to one department. */
export class DepartmentAliases1764910000000 implements MigrationInterface {
  name = 'DepartmentAliases1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE department_aliases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alias text NOT NULL CHECK (length(btrim(alias)) BETWEEN 2 AND 300),
        alias_key text NOT NULL CHECK (alias_key <> ''),
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT department_aliases_key_unique UNIQUE (alias_key)
      )`);
    await q.query(`CREATE INDEX department_aliases_department_idx ON department_aliases (department_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE department_aliases`);
  }
}
