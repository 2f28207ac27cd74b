import { IsBoolean, IsOptional } from 'class-validator';

export class UpdateNotificationPreferencesDto {
  @IsOptional() @IsBoolean()
  notifyInApp?: boolean;

  @IsOptional() @IsBoolean()
  notifyEmail?: boolean;

  @IsOptional() @IsBoolean()
  digestOnly?: boolean;
}
