import { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1764316800000 implements MigrationInterface {
  name = 'Plans1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text UNIQUE CHECK (length(btrim(number)) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN ('nghi-quyet', 'quyet-dinh', 'ke-hoach', 'chuong-trinh', 'other')),
        issuer text,
        issued_on date,
        title text NOT NULL,
        plan_year integer CHECK (plan_year BETWEEN 1990 AND 2200),
        source_text text NOT NULL,
        parse jsonb NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE plan_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        ref text NOT NULL,
        parent_ref text,
        title text NOT NULL,
        paragraphs text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL CHECK (position >= 0),
        is_leaf boolean NOT NULL,
        CONSTRAINT plan_items_plan_ref_key UNIQUE (plan_id, ref)
      )`);
    await q.query(`
      CREATE TABLE plan_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        code text NOT NULL,
        "group" text NOT NULL CHECK ("group" IN ('economy', 'society', 'environment', 'other')),
        name text NOT NULL,
        text text NOT NULL,
        targets jsonb NOT NULL DEFAULT '[]',
        position integer NOT NULL CHECK (position >= 0),
        CONSTRAINT plan_indicators_plan_code_key UNIQUE (plan_id, code)
      )`);
    await q.query(`
      CREATE TABLE plan_deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        item_ref text NOT NULL,
        due_date date NOT NULL,
        text text NOT NULL,
        position integer NOT NULL CHECK (position >= 0)
      )`);
    await q.query(`CREATE INDEX plan_deadlines_plan_idx ON plan_deadlines (plan_id, item_ref)`);
    await q.query(`
      CREATE TABLE breakdown_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        keywords text[] NOT NULL CHECK (cardinality(keywords) BETWEEN 1 AND 200),
        priority integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 1000),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX breakdown_rules_department_idx ON breakdown_rules (department_id)`);
    await q.query(`
      CREATE TABLE work_packages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid REFERENCES plans(id) ON DELETE RESTRICT,
        item_ref text,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
        source_text text,
        lead_department_id uuid NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        cooperating_department_ids uuid[] NOT NULL DEFAULT '{}',
        due_date date,
        target jsonb,
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'blocked', 'submitted', 'done', 'cancelled')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        breakdown_key text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT work_packages_plan_breakdown_key_key UNIQUE (plan_id, breakdown_key),
        CONSTRAINT work_packages_item_needs_plan CHECK (item_ref IS NULL OR plan_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX work_packages_plan_item_idx ON work_packages (plan_id, item_ref)`);
    await q.query(`CREATE INDEX work_packages_lead_department_idx ON work_packages (lead_department_id)`);
    await q.query(`CREATE INDEX work_packages_due_date_idx ON work_packages (due_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE work_packages`);
    await q.query(`DROP TABLE breakdown_rules`);
    await q.query(`DROP TABLE plan_deadlines`);
    await q.query(`DROP TABLE plan_indicators`);
    await q.query(`DROP TABLE plan_items`);
    await q.query(`DROP TABLE plans`);
  }
}
