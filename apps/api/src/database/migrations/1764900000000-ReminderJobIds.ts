import { MigrationInterface, QueryRunner } from 'typeorm';

/** The id of the one reminder job a package has waiting, so a rule change or a moved deadline can remove exactly that job. */
export class ReminderJobIds1764900000000 implements MigrationInterface {
  name = 'ReminderJobIds1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminder_schedules ADD COLUMN job_id text CHECK (length(job_id) <= 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminder_schedules DROP COLUMN job_id`);
  }
}
