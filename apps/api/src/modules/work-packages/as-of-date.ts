import { assertIsoDate, CalendarDate, todayIn } from '@mandate/domain';

/** The as-of date of a request: the one given (checked), else today in Hà Nội, whatever the server's zone. */
export const asOfDate = (asOf: string | undefined): CalendarDate => (asOf ? assertIsoDate(asOf, 'asOf') : todayIn(new Date()));
