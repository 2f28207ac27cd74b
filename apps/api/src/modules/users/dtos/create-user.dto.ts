import { PASSWORD_MIN_LENGTH, Role, ROLES, USERNAME_PATTERN } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 2–48 lower-case letters, digits, ".", "_" or "-"' })
  username: string;

  @Transform(trim) @IsString() @Length(1, 200)
  displayName: string;

  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password: string;

  @IsIn(ROLES)
  role: Role;

  @ValidateIf((_, value) => value !== null) @IsOptional() @IsUUID()
  departmentId?: string | null;

  @ValidateIf((_, value) => value !== null) @IsOptional() @IsEmail() @MaxLength(200)
  email?: string | null;
}
