import { IsOptional, IsUUID, Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period (`from` and `to`) or an as-of date; neither means as of today in Hà Nội. */
export class LeagueQuery {
  @IsOptional() @IsUUID()
  planId?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'to must be YYYY-MM-DD' })
  to?: string;

  @IsOptional() @Matches(ISO_DATE, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;
}
