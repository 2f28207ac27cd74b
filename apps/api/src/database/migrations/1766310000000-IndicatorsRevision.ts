import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['plan_indicators', 'indicator_targets', 'indicator_measurements'];

/**
 * A revision counter for indicators, their targets and figures, moved in the same commit as the change (as
 * `disbursement` and `supervision`), so the Indicators page data is cached per revision and never served stale:
 * figures entered, confirmed or corrected, a target assessed, a responsible department or accumulation edited, a plan
 * imported or deleted (its indicators cascade) all move it.
 */
export class IndicatorsRevision1766310000000 implements MigrationInterface {
  name = 'IndicatorsRevision1766310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO data_revisions (name, revision) VALUES ('indicators', 1) ON CONFLICT (name) DO NOTHING`);
    await q.query(`
      CREATE FUNCTION bump_indicators_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Once per transaction, however many rows it touches.
        IF current_setting('mandate.indicators_revision_bumped', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('mandate.indicators_revision_bumped', 'on', true);
        INSERT INTO data_revisions AS d (name, revision) VALUES ('indicators', 1)
          ON CONFLICT (name) DO UPDATE SET revision = d.revision + 1;
        RETURN NULL;
      END
      $$`);
    // Deferred to commit: the counter's row lock is held only while committing.
    for (const table of TABLES) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_indicators_revision()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_revision ON ${table}`);
    await q.query(`DROP FUNCTION bump_indicators_revision()`);
    await q.query(`DELETE FROM data_revisions WHERE name = 'indicators'`);
  }
}
