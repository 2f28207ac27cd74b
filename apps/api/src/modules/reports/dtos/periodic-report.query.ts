import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class PeriodicReportQuery {
  /** `2026-06` (month), `2026-Q2` (quarter), `2026-H1` (6 months) or `2026` (year); checked by the domain's parser. */
  @IsString() @MaxLength(10)
  period: string;

  /** The day figures are taken on; default the 14th of the period's last month, and within the period. */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'cutOff must be YYYY-MM-DD' })
  cutOff?: string;
}
