import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class DecideExtensionDto {
  @IsBoolean()
  approve: boolean;

  /** Required when refusing. */
  @IsOptional() @IsString() @MaxLength(5000)
  note?: string;
}
