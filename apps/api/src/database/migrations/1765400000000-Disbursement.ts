import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public-investment projects of a plan's capital plan and their cumulative disbursed amount by month, with the plan's
 * target curve. Amounts are whole đồng (bigint). A revision counter moves with every change so the read model is cached.
 */
export class Disbursement1765400000000 implements MigrationInterface {
  name = 'Disbursement1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disbursement_settings (
        plan_id uuid PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        target_date date NOT NULL,
        milestones jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(milestones) = 'array'),
        work_package_id uuid REFERENCES work_packages(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE disbursement_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (length(btrim(code)) BETWEEN 1 AND 500),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 500),
        investor_department_id uuid NOT NULL REFERENCES departments(id),
        capital_source text NOT NULL CHECK (length(btrim(capital_source)) BETWEEN 1 AND 500),
        allocated bigint NOT NULL CHECK (allocated >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT disbursement_projects_code_unique UNIQUE (plan_id, code)
      )`);
    await q.query(`CREATE INDEX disbursement_projects_investor_idx ON disbursement_projects (plan_id, investor_department_id)`);
    // plan_id is repeated on each figure so the plan-wide curve is one index scan, without a join.
    await q.query(`
      CREATE TABLE disbursement_figures (
        project_id uuid NOT NULL REFERENCES disbursement_projects(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        cumulative bigint NOT NULL CHECK (cumulative >= 0),
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, month)
      )`);
    await q.query(`CREATE INDEX disbursement_figures_plan_idx ON disbursement_figures (plan_id, project_id, month) INCLUDE (cumulative)`);

    await q.query(`INSERT INTO data_revisions (name, revision) VALUES ('disbursement', 1) ON CONFLICT (name) DO NOTHING`);
    await q.query(`
      CREATE FUNCTION bump_disbursement_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Once per transaction: an import of thousands of rows moves the counter once.
        IF current_setting('mandate.disbursement_revision_bumped', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('mandate.disbursement_revision_bumped', 'on', true);
        INSERT INTO data_revisions AS d (name, revision) VALUES ('disbursement', 1)
          ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of ['disbursement_settings', 'disbursement_projects', 'disbursement_figures']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_disbursement_revision()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disbursement_figures`);
    await q.query(`DROP TABLE disbursement_projects`);
    await q.query(`DROP TABLE disbursement_settings`);
    await q.query(`DROP FUNCTION bump_disbursement_revision()`);
    await q.query(`DELETE FROM data_revisions WHERE name = 'disbursement'`);
  }
}
