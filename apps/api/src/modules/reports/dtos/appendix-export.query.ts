import { DEADLINE_CATEGORIES, DeadlineCategory, WORK_PACKAGE_STATUSES, WorkPackageStatus } from '@mandate/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters of the board and the list, applied to the export. */
export class AppendixExportQuery {
  /** The date categories are computed for; default today in Hà Nội. */
  @IsOptional() @Matches(ISO_DATE, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  /** The lead department. */
  @IsOptional() @IsUUID()
  departmentId?: string;

  @IsOptional() @IsIn(WORK_PACKAGE_STATUSES)
  status?: WorkPackageStatus;

  @IsOptional() @IsIn(DEADLINE_CATEGORIES)
  category?: DeadlineCategory;

  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'dueFrom must be YYYY-MM-DD' })
  dueFrom?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'dueTo must be YYYY-MM-DD' })
  dueTo?: string;
}
