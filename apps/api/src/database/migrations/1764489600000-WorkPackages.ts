import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPackages1764489600000 implements MigrationInterface {
  name = 'WorkPackages1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary makes the wrapper safe to index.
    // NFC first (text pasted from Word is often decomposed); some unaccent.rules files keep 'đ', so it is folded explicitly.
    await q.query(`
      CREATE FUNCTION mandate_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT translate(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC)), 'đĐ', 'dD') $$`);
    await q.query(`
      ALTER TABLE work_packages
        ADD COLUMN description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        ADD COLUMN parent_id uuid REFERENCES work_packages(id) ON DELETE RESTRICT,
        ADD COLUMN start_date date,
        ADD COLUMN original_due_date date,
        ADD COLUMN expected_output text CHECK (length(expected_output) <= 2000),
        ADD COLUMN priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        ADD COLUMN completed_on date,
        ADD CONSTRAINT work_packages_due_after_start CHECK (due_date >= start_date),
        ADD CONSTRAINT work_packages_not_own_parent CHECK (parent_id <> id),
        ADD CONSTRAINT work_packages_completed_only_done CHECK (completed_on IS NULL OR status = 'done')`);
    await q.query(`
      ALTER TABLE work_packages ADD COLUMN search_text text GENERATED ALWAYS AS (
        lower(mandate_unaccent(coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_text, '')))
      ) STORED`);
    await q.query(`CREATE INDEX work_packages_search_trgm_idx ON work_packages USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX work_packages_plan_status_idx ON work_packages (plan_id, status)`);
    await q.query(`CREATE INDEX work_packages_lead_status_idx ON work_packages (lead_department_id, status)`);
    await q.query(`CREATE INDEX work_packages_open_due_idx ON work_packages (due_date) WHERE status NOT IN ('done', 'cancelled')`);
    await q.query(`CREATE INDEX work_packages_plan_id_idx ON work_packages (plan_id, id)`);
    await q.query(`CREATE INDEX work_packages_parent_idx ON work_packages (parent_id) WHERE parent_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE work_package_assignees (
        work_package_id uuid NOT NULL REFERENCES work_packages(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        PRIMARY KEY (work_package_id, user_id)
      )`);
    await q.query(`CREATE INDEX work_package_assignees_user_idx ON work_package_assignees (user_id)`);
    await q.query(`
      CREATE TABLE work_package_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_package_id uuid NOT NULL REFERENCES work_packages(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX work_package_comments_package_idx ON work_package_comments (work_package_id, created_at, id)`);
    await q.query(`
      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_package_id uuid NOT NULL REFERENCES work_packages(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
        summary text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 10000),
        is_completion boolean NOT NULL DEFAULT false,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX progress_reports_package_idx ON progress_reports (work_package_id, submitted_at DESC)`);
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_package_id uuid NOT NULL REFERENCES work_packages(id) ON DELETE CASCADE,
        progress_report_id uuid REFERENCES progress_reports(id) ON DELETE SET NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
        storage_key text NOT NULL UNIQUE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachments_package_idx ON attachments (work_package_id)`);
    await q.query(`CREATE INDEX attachments_report_idx ON attachments (progress_report_id) WHERE progress_report_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE deadline_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_package_id uuid NOT NULL REFERENCES work_packages(id) ON DELETE CASCADE,
        requested_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        current_due_date date NOT NULL,
        requested_due_date date NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
        decided_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        decision_note text CHECK (length(decision_note) <= 2000),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deadline_extensions_later CHECK (requested_due_date > current_due_date),
        CONSTRAINT deadline_extensions_decided CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    // One request awaiting a decision per package; a race between two requests ends in a 409, not two.
    await q.query(`CREATE UNIQUE INDEX deadline_extensions_one_pending_idx ON deadline_extensions (work_package_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX deadline_extensions_package_idx ON deadline_extensions (work_package_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_extensions`);
    await q.query(`DROP TABLE attachments`);
    await q.query(`DROP TABLE progress_reports`);
    await q.query(`DROP TABLE work_package_comments`);
    await q.query(`DROP TABLE work_package_assignees`);
    await q.query(`DROP INDEX work_packages_parent_idx`);
    await q.query(`DROP INDEX work_packages_plan_id_idx`);
    await q.query(`DROP INDEX work_packages_open_due_idx`);
    await q.query(`DROP INDEX work_packages_lead_status_idx`);
    await q.query(`DROP INDEX work_packages_plan_status_idx`);
    await q.query(`DROP INDEX work_packages_search_trgm_idx`);
    await q.query(`
      ALTER TABLE work_packages
        DROP COLUMN search_text,
        DROP CONSTRAINT work_packages_completed_only_done,
        DROP CONSTRAINT work_packages_not_own_parent,
        DROP CONSTRAINT work_packages_due_after_start,
        DROP COLUMN completed_on,
        DROP COLUMN priority,
        DROP COLUMN expected_output,
        DROP COLUMN original_due_date,
        DROP COLUMN start_date,
        DROP COLUMN parent_id,
        DROP COLUMN description`);
    await q.query(`DROP FUNCTION mandate_unaccent(text)`);
    // pg_trgm stays, as unaccent does: other features may index with it, and an extension is not this migration's data.
  }
}
