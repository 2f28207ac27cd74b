import { IsBoolean, IsOptional } from 'class-validator';

export interface NotificationPreferences {
  notifyInApp: boolean;
  notifyEmail: boolean;
  digestOnly: boolean;
  /** Whether e-mail can reach this user at all (an address is on file). */
  hasEmail: boolean;
}

export class UpdateNotificationPreferencesDto {
  @IsOptional() @IsBoolean()
  notifyInApp?: boolean;

  @IsOptional() @IsBoolean()
  notifyEmail?: boolean;

  @IsOptional() @IsBoolean()
  digestOnly?: boolean;
}
