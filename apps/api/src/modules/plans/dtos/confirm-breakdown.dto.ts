import { WORK_PACKAGE_TARGET_COMPARATORS, WorkPackageTargetComparator } from '@mandate/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PackageTargetDto {
  @IsIn(WORK_PACKAGE_TARGET_COMPARATORS)
  comparator: WorkPackageTargetComparator;

  @IsOptional() @IsNumber()
  value: number | null;

  @IsOptional() @IsNumber()
  max: number | null;

  @IsOptional() @IsString() @MaxLength(200)
  unit: string | null;

  @IsOptional() @IsString() @MaxLength(500)
  label: string | null;
}

/** One proposal as the UBND edited it; the existence checks (item, departments) run in the service. */
export class ConfirmedPackageDto {
  @IsString() @Length(1, 100)
  itemRef: string;

  @Transform(trim) @IsString() @Length(1, 500)
  title: string;

  @IsOptional() @IsString() @MaxLength(20000)
  sourceText?: string | null;

  @IsUUID()
  leadDepartmentId: string;

  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  cooperatingDepartmentIds?: string[];

  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be YYYY-MM-DD' })
  dueDate?: string | null;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => PackageTargetDto)
  target?: PackageTargetDto | null;

  /** Shown in the preview; accepted back so the client can send proposals unchanged, not stored. */
  @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;

  @IsOptional() @IsString() @Length(1, 200)
  breakdownKey?: string | null;
}

export class ConfirmBreakdownDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ConfirmedPackageDto)
  packages: ConfirmedPackageDto[];
}
