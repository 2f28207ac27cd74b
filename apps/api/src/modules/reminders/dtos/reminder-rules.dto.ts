import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsString, ValidateNested } from 'class-validator';

class WeeklyDigestDto {
  @IsInt()
  weekday: number;

  @IsString()
  hour: string;
}

/** Shapes only; the ranges are checked by validateReminderRules in libs/domain. */
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

  @ValidateNested() @Type(() => WeeklyDigestDto)
  weeklyDigest: WeeklyDigestDto;
}

export type ReminderRulesResponse = ReminderRulesDto & { isDefault: boolean };
