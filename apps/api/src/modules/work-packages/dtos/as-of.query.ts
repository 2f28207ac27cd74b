import { IsOptional, Matches } from 'class-validator';

export class AsOfQuery {
  /** The date categories are computed for; default today in Hà Nội. */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;
}
