import { PASSWORD_MIN_LENGTH, Role, ROLES } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

export class UpdateUserDto {
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 200)
  displayName?: string;

  @IsOptional() @IsIn(ROLES)
  role?: Role;

  @ValidateIf((_, value) => value !== null && value !== undefined) @IsUUID()
  departmentId?: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined) @IsEmail() @MaxLength(200)
  email?: string | null;

  @IsOptional() @IsBoolean()
  active?: boolean;

  @IsOptional() @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';

  /** An administrator's password reset; the user's own change goes through /auth/password. */
  @IsOptional() @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password?: string;

  @IsInt() @Min(1)
  version: number;
}
