import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const BOARD_GROUPINGS = ['status', 'department', 'item'] as const;
export type BoardGrouping = (typeof BOARD_GROUPINGS)[number];

export class BoardQuery {
  /** Required for `groupBy=item` (item refs are per plan). */
  @IsOptional() @IsUUID()
  planId?: string;

  @IsOptional() @IsIn(BOARD_GROUPINGS)
  groupBy?: BoardGrouping;

  /** The lead department. */
  @IsOptional() @IsUUID()
  departmentId?: string;

  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  /** Cards per column (the count stays the true one); a column shows more on demand. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  cardLimit?: number;
}
