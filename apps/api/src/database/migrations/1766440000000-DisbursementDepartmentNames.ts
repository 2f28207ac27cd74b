import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department renamed moves the disbursement revision in the same commit: the projects search finds a project by its
 * investor's name, and its cached pages were otherwise answered with the old name until the next disbursement write.
 */
export class DisbursementDepartmentNames1766440000000 implements MigrationInterface {
  name = 'DisbursementDepartmentNames1766440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE CONSTRAINT TRIGGER departments_disbursement_revision AFTER UPDATE OF name ON departments
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION bump_disbursement_revision()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER departments_disbursement_revision ON departments`);
  }
}
