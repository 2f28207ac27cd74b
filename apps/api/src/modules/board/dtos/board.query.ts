import { BOARD_GROUPINGS, BOARD_LANES, BoardGrouping, BoardLanes, BoardQuery as BoardQueryShape, DEADLINE_CATEGORIES, DeadlineCategory } from '@mandate/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class BoardQuery implements BoardQueryShape {
  @IsOptional() @IsUUID()
  planId?: string;

  @IsOptional() @IsIn(BOARD_GROUPINGS)
  groupBy?: BoardGrouping;

  @IsOptional() @IsIn(BOARD_LANES)
  lanes?: BoardLanes;

  @IsOptional() @IsUUID()
  departmentId?: string;

  @IsOptional() @IsIn(DEADLINE_CATEGORIES)
  category?: DeadlineCategory;

  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  cardLimit?: number;
}
