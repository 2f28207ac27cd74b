import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISBURSEMENT_PROJECT_SORTS, DISBURSEMENT_PROJECTS_MAX_PAGE, DisbursementProjectSort } from '@mandate/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested, Max, ValidateIf } from 'class-validator';

const MAX_VND = Number.MAX_SAFE_INTEGER;

export class DisbursementQuery {
  /** The month projects are judged at, `YYYY-MM`; default the latest month reported. */
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'asOf must be a month YYYY-MM' })
  asOf?: string;
}

/** A page of the projects table: filters, order, and the cursor of the page before. */
export class DisbursementProjectsQuery extends DisbursementQuery {
  /** `true`: only the projects below the curve. */
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  belowCurve?: boolean;

  @IsOptional() @IsUUID()
  investorDepartmentId?: string;

  /** Words of the project's code or name. */
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: DISBURSEMENT_PROJECT_SORTS }) @IsOptional() @IsIn(DISBURSEMENT_PROJECT_SORTS)
  sort?: DisbursementProjectSort;

  @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(DISBURSEMENT_PROJECTS_MAX_PAGE)
  limit?: number;
}

export class MilestoneDto {
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @IsNumber() @Min(0) @Max(100)
  rate: number;
}

export class UpdateDisbursementSettingsDto {
  @IsArray() @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => MilestoneDto)
  milestones: MilestoneDto[];

  /** The work package that shows the plan's figure; null for none; absent keeps it. */
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  workPackageId?: string | null;

  /** The settings' version last read (0 before they were first saved). */
  @ApiProperty() @IsInt() @Min(0)
  version: number;
}

export class CreateDisbursementProjectDto {
  @IsString() @MinLength(1) @MaxLength(500)
  code: string;

  @IsString() @MinLength(1) @MaxLength(500)
  name: string;

  @IsUUID()
  investorDepartmentId: string;

  @IsString() @MinLength(1) @MaxLength(500)
  capitalSource: string;

  /** Whole đồng. */
  @IsInt() @Min(0) @Max(MAX_VND)
  allocated: number;
}

export class UpdateDisbursementProjectDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(500)
  name?: string;

  @IsOptional() @IsUUID()
  investorDepartmentId?: string;

  @IsOptional() @IsString() @MinLength(1) @MaxLength(500)
  capitalSource?: string;

  @IsOptional() @IsInt() @Min(0) @Max(MAX_VND)
  allocated?: number;

  @ApiProperty() @IsInt() @Min(1)
  version: number;
}

export class SetDisbursementFigureDto {
  /** Cumulative disbursed to the month's end, whole đồng. */
  @IsInt() @Min(0) @Max(MAX_VND)
  cumulative: number;

  @ApiProperty() @IsInt() @Min(1)
  version: number;
}
