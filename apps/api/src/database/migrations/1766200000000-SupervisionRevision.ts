import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision counter for supervision requests, moved in the same commit as the change (as `work_packages`), so read
 * models that count requests (the league table) are cached per revision and never served stale.
 */
export class SupervisionRevision1766200000000 implements MigrationInterface {
  name = 'SupervisionRevision1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO data_revisions (name, revision) VALUES ('supervision', 1) ON CONFLICT (name) DO NOTHING`);
    await q.query(`
      CREATE FUNCTION bump_supervision_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Once per transaction, however many rows it touches.
        IF current_setting('mandate.supervision_revision_bumped', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('mandate.supervision_revision_bumped', 'on', true);
        INSERT INTO data_revisions AS d (name, revision) VALUES ('supervision', 1)
          ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1;
        RETURN NULL;
      END
      $$`);
    // Deferred to commit, as the work-package counter: the counter's row lock is held only while committing.
    await q.query(`
      CREATE CONSTRAINT TRIGGER supervision_requests_revision AFTER INSERT OR UPDATE OR DELETE ON supervision_requests
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_supervision_revision()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER supervision_requests_revision ON supervision_requests`);
    await q.query(`DROP FUNCTION bump_supervision_revision()`);
    await q.query(`DELETE FROM data_revisions WHERE name = 'supervision'`);
  }
}
