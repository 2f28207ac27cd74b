import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators as things measured through the year: typed targets with ids (from the import's jsonb), a responsible department,
 * how figures accumulate, figure sets per period and kind (one current per indicator, period and kind; a correction supersedes),
 * an optional indicator on work packages, and the day the monthly figure reminder goes out.
 */
export class Indicators1765300000000 implements MigrationInterface {
  name = 'Indicators1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plan_indicators
        ADD COLUMN responsible_department_id uuid NULL REFERENCES departments(id) ON DELETE SET NULL,
        ADD COLUMN accumulation text NULL CHECK (accumulation IN ('cumulative', 'point_in_time', 'rate')),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX plan_indicators_plan_idx ON plan_indicators (plan_id, position)`);
    await q.query(`CREATE INDEX plan_indicators_department_idx ON plan_indicators (responsible_department_id)`);
    await q.query(`
      CREATE TABLE indicator_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
        position integer NOT NULL,
        comparator text NOT NULL CHECK (comparator IN ('gt', 'gte', 'lt', 'lte', 'between', 'approx', 'qualitative')),
        value double precision NULL,
        max double precision NULL,
        unit text NULL,
        label text NULL,
        assessment_status text NULL CHECK (assessment_status IN ('achieved', 'on_track', 'at_risk', 'off_track')),
        assessment_note text NULL,
        assessed_by uuid NULL REFERENCES users(id),
        assessed_at timestamptz NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT indicator_targets_position UNIQUE (indicator_id, position),
        CONSTRAINT indicator_targets_assessed CHECK ((assessment_status IS NULL) = (assessed_at IS NULL))
      )`);
    await q.query(`
      INSERT INTO indicator_targets (indicator_id, position, comparator, value, max, unit, label)
      SELECT i.id, t.ord - 1, t.elem->>'comparator', (t.elem->>'value')::double precision, (t.elem->>'max')::double precision, t.elem->>'unit', t.elem->>'label'
      FROM plan_indicators i CROSS JOIN LATERAL jsonb_array_elements(i.targets) WITH ORDINALITY AS t(elem, ord)`);
    await q.query(`
      CREATE TABLE indicator_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$'),
        period_end date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('estimate', 'official')),
        "values" jsonb NOT NULL CHECK (jsonb_typeof("values") = 'array' AND jsonb_array_length("values") > 0),
        source text NOT NULL CHECK (length(btrim(source)) > 0),
        note text NULL,
        evidence_file_name text NULL,
        evidence_content_type text NULL,
        evidence_size_bytes bigint NULL,
        evidence_storage_key text NULL,
        evidence_sha256 text NULL,
        entered_by uuid NOT NULL REFERENCES users(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        confirmed_by uuid NULL REFERENCES users(id),
        confirmed_at timestamptz NULL,
        corrects_id uuid NULL REFERENCES indicator_measurements(id),
        superseded_at timestamptz NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT indicator_measurements_confirmed CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
      )`);
    // One current figure set per indicator, period and kind: a second is a 409 unless it is a correction, which supersedes the first.
    await q.query(`CREATE UNIQUE INDEX indicator_measurements_current ON indicator_measurements (indicator_id, period, kind) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX indicator_measurements_indicator_idx ON indicator_measurements (indicator_id, period_end) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX indicator_measurements_evidence_idx ON indicator_measurements (evidence_storage_key) WHERE evidence_storage_key IS NOT NULL`);
    await q.query(`ALTER TABLE work_packages ADD COLUMN indicator_id uuid NULL REFERENCES plan_indicators(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX work_packages_indicator_idx ON work_packages (indicator_id) WHERE indicator_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE indicator_report_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        report_day integer NOT NULL CHECK (report_day BETWEEN 1 AND 31),
        hour_of_day text NOT NULL CHECK (hour_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE indicator_report_settings`);
    await q.query(`ALTER TABLE work_packages DROP COLUMN indicator_id`);
    await q.query(`DROP TABLE indicator_measurements`);
    await q.query(`DROP TABLE indicator_targets`);
    await q.query(`DROP INDEX plan_indicators_department_idx`);
    await q.query(`DROP INDEX plan_indicators_plan_idx`);
    await q.query(`ALTER TABLE plan_indicators DROP COLUMN responsible_department_id, DROP COLUMN accumulation, DROP COLUMN version, DROP COLUMN updated_at`);
  }
}
