import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { ACCUMULATIONS, ASSESSMENT_STATUSES } from '@mandate/domain';

const present = (_: object, value: unknown) => value !== null && value !== undefined;

/** Multipart sends text: a JSON array in `values`, "true" in `correction`, digits in `version`. */
const jsonText = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const integerText = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value);

/**
 * JSON, or multipart/form-data with these as text fields and one evidence file under `file`. Shapes are the domain's
 * (`validateMeasurementInput`), so every problem is reported at once, naming its field.
 */
export class CreateMeasurementDto {
  @ApiProperty({ example: '2026-Q3' }) @Allow()
  period?: unknown;

  @ApiProperty({ enum: ['estimate', 'official'] }) @Allow()
  kind?: unknown;

  @ApiProperty({ example: [{ targetId: '…', value: 12.8 }] }) @Transform(jsonText) @Allow()
  values?: unknown;

  @ApiProperty({ example: 'Cục Thống kê tỉnh, báo cáo số 123/BC-CTK' }) @Allow()
  source?: unknown;

  @ApiPropertyOptional() @Allow()
  note?: unknown;

  /** An explicit correction replaces the current figures of the same period and kind (audited); without it a second set is a 409. */
  @ApiPropertyOptional() @Transform(booleanText) @IsOptional() @IsBoolean()
  correction?: boolean;

  /** With a correction: the version of the figures being corrected, if the client knows it (a stale one is a 409). */
  @ApiPropertyOptional() @Transform(integerText) @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class ConfirmMeasurementDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class UpdateIndicatorDto {
  @ApiPropertyOptional() @ValidateIf((o: UpdateIndicatorDto) => o.responsibleDepartmentId !== null && o.responsibleDepartmentId !== undefined) @IsUUID()
  responsibleDepartmentId?: string | null;

  /** null puts back the default from the unit. */
  @ApiPropertyOptional({ enum: ACCUMULATIONS }) @ValidateIf(present) @IsIn(ACCUMULATIONS)
  accumulation?: string | null;

  @ApiProperty() @IsInt() @Min(1)
  version: number;
}

export class AssessTargetDto {
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) @IsIn(ASSESSMENT_STATUSES)
  status: string;

  @ApiProperty() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 2000)
  note: string;

  @ApiProperty() @IsInt() @Min(1)
  version: number;
}

export class IndicatorReportSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 28 }) @IsInt() @Min(1) @Max(28)
  reportDay: number;

  @ApiProperty({ example: '08:00' }) @IsString()
  hourOfDay: string;

  /** 0 while the defaults are in force (nothing saved yet). */
  @ApiProperty() @IsInt() @Min(0)
  version: number;
}

export class IndicatorsAsOfQuery {
  @ApiPropertyOptional({ example: '2026-09-30' }) @IsOptional() @IsString()
  asOf?: string;
}
