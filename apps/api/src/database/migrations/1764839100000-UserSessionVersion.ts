import { MigrationInterface, QueryRunner } from 'typeorm';

/** Access tokens carry the user's session version; bumping it ends them all on the next request. */
export class UserSessionVersion1764839100000 implements MigrationInterface {
  name = 'UserSessionVersion1764839100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 1 CHECK (session_version > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN session_version`);
  }
}
