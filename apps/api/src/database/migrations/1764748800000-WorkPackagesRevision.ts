import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that moves whenever work packages change, committed with the change itself, so read models (board,
 * deadline summary) can be cached per revision and never served stale.
 */
export class WorkPackagesRevision1764748800000 implements MigrationInterface {
  name = 'WorkPackagesRevision1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_revisions (name text PRIMARY KEY, revision bigint NOT NULL)`);
    await q.query(`INSERT INTO data_revisions (name, revision) VALUES ('work_packages', 1)`);
    await q.query(`
      CREATE FUNCTION bump_work_packages_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Once per transaction: a bulk insert of many rows moves the counter once.
        IF current_setting('mandate.work_packages_revision_bumped', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('mandate.work_packages_revision_bumped', 'on', true);
        INSERT INTO data_revisions AS d (name, revision) VALUES ('work_packages', 1)
          ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1;
        RETURN NULL;
      END
      $$`);
    // Deferred to commit: the counter's row lock is always taken last and held only while committing, so writers never deadlock on it.
    await q.query(`
      CREATE CONSTRAINT TRIGGER work_packages_revision AFTER INSERT OR UPDATE OR DELETE ON work_packages
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_work_packages_revision()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER work_packages_revision ON work_packages`);
    await q.query(`DROP FUNCTION bump_work_packages_revision()`);
    await q.query(`DROP TABLE data_revisions`);
  }
}
