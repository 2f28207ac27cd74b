import { IsArray, IsBoolean, IsInt, IsString } from 'class-validator';

/** Shapes only; the ranges are checked by validateReminderRules in libs/domain. The weekly digest is one for all plans, not a plan setting. */
export class ReminderRulesDto {
  @IsArray() @IsInt({ each: true })
  offsetsDays: number[];

  @IsString()
  hourOfDay: string;

  @IsBoolean()
  overdueDaily: boolean;

  @IsInt()
  escalateToUbndFromDay: number;

  @IsInt()
  monthlyReportDay: number;
}

export type ReminderRulesResponse = ReminderRulesDto & { isDefault: boolean };
