import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class DecideExtensionDto {
  @IsBoolean()
  approve: boolean;

  /** Required when refusing. */
  @IsOptional() @IsString() @MaxLength(5000)
  note?: string;

  /** When approving: another date than the one requested; the domain checks it is a later calendar date. */
  @IsOptional() @IsString() @MaxLength(20)
  dueDate?: string;
}
