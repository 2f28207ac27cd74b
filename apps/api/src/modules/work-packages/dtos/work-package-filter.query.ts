import { DEADLINE_CATEGORIES, DeadlineCategory, WORK_PACKAGE_STATUSES, WorkPackageStatus } from '@mandate/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AsOfQuery } from './as-of.query';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters of the work-package list, as of a date: the list pages through them, the appendix export writes them out. */
export class WorkPackageFilterQuery extends AsOfQuery {
  /** The lead department. */
  @IsOptional() @IsUUID()
  departmentId?: string;

  @IsOptional() @IsIn(WORK_PACKAGE_STATUSES)
  status?: WorkPackageStatus;

  @IsOptional() @IsIn(DEADLINE_CATEGORIES)
  category?: DeadlineCategory;

  /** Case and diacritics are ignored: "dau tu cong" finds "đầu tư công". */
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'dueFrom must be YYYY-MM-DD' })
  dueFrom?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'dueTo must be YYYY-MM-DD' })
  dueTo?: string;
}
