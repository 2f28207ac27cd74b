import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class UpdateBreakdownRuleDto {
  @IsOptional() @IsUUID()
  departmentId?: string;

  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 100, { each: true })
  keywords?: string[];

  @IsOptional() @IsInt() @Min(0) @Max(1000)
  priority?: number;

  @IsOptional() @IsBoolean()
  active?: boolean;

  /** The version the client last read; a stale one gets 409. */
  @IsInt() @Min(1)
  version: number;
}
