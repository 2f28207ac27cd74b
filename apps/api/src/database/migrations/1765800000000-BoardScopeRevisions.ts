import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revisions per board scope: besides the global `work_packages` counter, each plan and each lead department has a
 * row (`work_packages:plan:<id>`, `work_packages:department:<id>`) set to the global revision of the last commit
 * that touched one of its packages (before or after the change). A cached board of one plan survives changes to
 * every other plan, and all revisions stay comparable (an SSE client resumes from one number).
 * Still deferred to commit and the global row locked first, so writers queue on one row and never deadlock.
 */
export class BoardScopeRevisions1765800000000 implements MigrationInterface {
  name = 'BoardScopeRevisions1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_work_packages_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rev bigint := nullif(current_setting('mandate.work_packages_revision', true), '')::bigint;
        scope text;
        guard text;
      BEGIN
        -- The global counter moves once per transaction; every scope this transaction touches takes its value.
        IF rev IS NULL THEN
          INSERT INTO data_revisions AS d (name, revision) VALUES ('work_packages', 1)
            ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1 RETURNING revision INTO rev;
          PERFORM set_config('mandate.work_packages_revision', rev::text, true);
        END IF;
        FOREACH scope IN ARRAY ARRAY[
          CASE WHEN TG_OP <> 'DELETE' AND NEW.plan_id IS NOT NULL THEN 'plan:' || NEW.plan_id END,
          CASE WHEN TG_OP <> 'DELETE' THEN 'department:' || NEW.lead_department_id END,
          CASE WHEN TG_OP <> 'INSERT' AND OLD.plan_id IS NOT NULL THEN 'plan:' || OLD.plan_id END,
          CASE WHEN TG_OP <> 'INSERT' THEN 'department:' || OLD.lead_department_id END
        ] LOOP
          CONTINUE WHEN scope IS NULL;
          guard := 'mandate.wprev_' || replace(replace(scope, ':', '_'), '-', '');
          CONTINUE WHEN current_setting(guard, true) = 'on';
          PERFORM set_config(guard, 'on', true);
          INSERT INTO data_revisions AS d (name, revision) VALUES ('work_packages:' || scope, rev)
            ON CONFLICT (name) DO UPDATE SET revision = excluded.revision;
        END LOOP;
        RETURN NULL;
      END
      $$`);
    // Scopes that exist now start at the current global revision, so no cached board outlives this migration.
    await q.query(`
      INSERT INTO data_revisions (name, revision)
      SELECT 'work_packages:plan:' || id, (SELECT revision FROM data_revisions WHERE name = 'work_packages') FROM plans
      UNION ALL
      SELECT 'work_packages:department:' || id, (SELECT revision FROM data_revisions WHERE name = 'work_packages') FROM departments
      ON CONFLICT (name) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM data_revisions WHERE name LIKE 'work_packages:%'`);
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_work_packages_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('mandate.work_packages_revision_bumped', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('mandate.work_packages_revision_bumped', 'on', true);
        INSERT INTO data_revisions AS d (name, revision) VALUES ('work_packages', 1)
          ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1;
        RETURN NULL;
      END
      $$`);
  }
}
