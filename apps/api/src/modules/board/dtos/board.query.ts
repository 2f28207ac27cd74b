import { BOARD_GROUPINGS, BOARD_LANES, BoardGrouping, BoardLanes, BoardQuery as BoardQueryShape, DEADLINE_CATEGORIES, DeadlineCategory } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

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

  /** A number of cards per column (1–500), or `all`: every card of the selection. */
  @IsOptional()
  @Transform(({ value }) => (value === 'all' || value === undefined ? value : /^\d{1,9}$/.test(String(value)) ? Number(value) : value))
  @ValidateIf((query: BoardQuery) => query.cardLimit !== 'all')
  @IsInt({ message: 'cardLimit must be a whole number from 1 to 500, or all' })
  @Min(1, { message: 'cardLimit must be a whole number from 1 to 500, or all' })
  @Max(500, { message: 'cardLimit must be a whole number from 1 to 500, or all' })
  cardLimit?: number | 'all';
}
