import { EntityManager } from 'typeorm';
import { Recipient, recipientsWhere } from '../reminders/reminder-delivery.service';
import { leadDepartmentUserSql } from '../work-packages/work-package.sql';

export interface SupervisionParties {
  /** The addressee: a department's users, or (null) the UBND office. */
  addresseeDepartmentId: string | null;
  addressee: boolean;
  /** The UBND office also when the addressee is a department. */
  ubnd: boolean;
  /** Named users (the HĐND member who raised it). */
  userIds: string[];
  /** The user who acted hears nothing of their own step. */
  exceptUserId: string | null;
}

/** Active users of the parties of a request; digest-only users are skipped, as for package reminders. */
export function supervisionRecipients(manager: EntityManager, parties: SupervisionParties): Promise<Recipient[]> {
  return recipientsWhere(
    manager,
    `NOT u.digest_only AND u.id IS DISTINCT FROM $5::uuid AND (
       ($2 AND $1::uuid IS NOT NULL AND ${leadDepartmentUserSql('u', '$1::uuid')})
       OR ($2 AND $1::uuid IS NULL AND u.role = 'ubnd')
       OR ($3 AND u.role = 'ubnd')
       OR u.id = ANY($4::uuid[]))`,
    [parties.addresseeDepartmentId, parties.addressee, parties.ubnd, parties.userIds, parties.exceptUserId],
  );
}
