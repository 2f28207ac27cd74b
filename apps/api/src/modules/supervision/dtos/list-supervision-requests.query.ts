import { SUPERVISION_KINDS, SUPERVISION_STATUSES, SupervisionKind, SupervisionStatus } from '@mandate/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListSupervisionRequestsQuery {
  @IsOptional() @IsIn(SUPERVISION_STATUSES)
  status?: SupervisionStatus;

  @IsOptional() @IsIn(SUPERVISION_KINDS)
  kind?: SupervisionKind;

  /** A department id, or `ubnd` for requests addressed to the UBND. */
  @IsOptional() @Matches(/^(ubnd|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'addresseeDepartmentId must be a department id or "ubnd"' })
  addresseeDepartmentId?: string;

  /** The package, indicator, item, plan or department the requests are about. */
  @IsOptional() @IsUUID()
  subjectId?: string;

  @IsOptional() @IsUUID()
  planId?: string;

  /** `true`: open and past the deadline; `false`: everything else. */
  @IsOptional() @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  /** Case and diacritics are ignored. */
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  /** Response deadline on or after this date (the league table's period). */
  @IsOptional() @Matches(ISO_DATE, { message: 'dueFrom must be YYYY-MM-DD' })
  dueFrom?: string;

  /** Response deadline on or before this date. */
  @IsOptional() @Matches(ISO_DATE, { message: 'dueTo must be YYYY-MM-DD' })
  dueTo?: string;

  @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}
