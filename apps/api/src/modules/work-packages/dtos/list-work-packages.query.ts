import { DEADLINE_CATEGORIES, DeadlineCategory, WORK_PACKAGE_STATUSES, WorkPackageStatus } from '@mandate/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListWorkPackagesQuery {
  @IsOptional() @IsUUID()
  planId?: string;

  /** The lead department. */
  @IsOptional() @IsUUID()
  departmentId?: string;

  /** Only the packages nested under this one. */
  @IsOptional() @IsUUID()
  parentId?: string;

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

  /** The date categories are computed for; default today in Hà Nội. */
  @IsOptional() @Matches(ISO_DATE, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}
