import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class CreateBreakdownRuleDto {
  @IsUUID()
  departmentId: string;

  /** Written with or without accents; stored folded and lower-case. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 100, { each: true })
  keywords: string[];

  @IsOptional() @IsInt() @Min(0) @Max(1000)
  priority?: number;

  @IsOptional() @IsBoolean()
  active?: boolean;
}
