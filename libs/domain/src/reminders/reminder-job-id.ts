import { DomainError } from '../errors/domain-error';
import { isReminderKind, ReminderKind } from './reminder-kind';

export interface ReminderJobKey {
  workPackageId: string;
  kind: ReminderKind;
  at: Date;
}

/**
 * `reminder-<package>-<kind>-<epoch ms of the instant>`. BullMQ ids may not contain `:` (ISO instants do) nor be bare
 * integers; a moved deadline or changed rules yield a new id, the same plan the same id.
 */
export const reminderJobId = ({ workPackageId, kind, at }: ReminderJobKey): string => {
  if (typeof workPackageId !== 'string' || workPackageId.length === 0 || workPackageId.includes(':')) {
    throw new DomainError('VALIDATION_FAILED', 'A reminder job needs a work package id without ":"');
  }
  if (!isReminderKind(kind)) throw new DomainError('VALIDATION_FAILED', `Not a reminder kind: "${kind}"`);
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new DomainError('VALIDATION_FAILED', 'A reminder job needs a valid instant');
  return `reminder-${workPackageId}-${kind}-${at.getTime()}`;
};
