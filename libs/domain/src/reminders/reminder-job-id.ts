import { CalendarDate, startOfDayUtc } from '../calendar';
import { DomainError } from '../errors/domain-error';
import { ReminderKind } from './due-reminder.schedule';

const KIND = /^(due-in-[1-9]\d*|due-today|overdue-[1-9]\d*)$/;

export interface ReminderJobKey {
  workPackageId: string;
  kind: ReminderKind;
  dueDate: CalendarDate;
}

/**
 * `reminder-<package>-<kind>-<epoch ms of the due day's start in Hà Nội>`. BullMQ ids may not contain
 * `:` (ISO instants do) nor be bare integers; a moved deadline yields new ids.
 */
export const reminderJobId = ({ workPackageId, kind, dueDate }: ReminderJobKey): string => {
  if (typeof workPackageId !== 'string' || workPackageId.length === 0 || workPackageId.includes(':')) {
    throw new DomainError('VALIDATION_FAILED', 'A reminder job needs a work package id without ":"');
  }
  if (!KIND.test(kind)) throw new DomainError('VALIDATION_FAILED', `Not a reminder kind: "${kind}"`);
  return `reminder-${workPackageId}-${kind}-${startOfDayUtc(dueDate).getTime()}`;
};
