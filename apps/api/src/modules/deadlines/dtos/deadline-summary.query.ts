import { IsOptional, IsUUID, Matches } from 'class-validator';

export class DeadlineSummaryQuery {
  @IsOptional() @IsUUID()
  planId?: string;

  /** Default today in Hà Nội. */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;
}
