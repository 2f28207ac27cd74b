import { Transform, Type } from 'class-transformer';
import { LEAD_SOURCES, LeadSource } from '@mandate/domain';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * One proposal as the UBND edited it. Only formats the database would choke on (ids) are checked here: the
 * package's own rules are `validateWorkPackageInput`'s, the same as a form's, and the existence checks run in the service.
 */
export class ConfirmedPackageDto {
  @IsString() @Length(1, 100)
  itemRef: string;

  @Transform(trim) @Allow()
  title: unknown;

  @Allow()
  sourceText?: unknown;

  @IsUUID()
  leadDepartmentId: string;

  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  cooperatingDepartmentIds?: string[];

  @Allow()
  dueDate?: unknown;

  @Allow()
  target?: unknown;

  @Allow()
  expectedOutput?: unknown;

  /** Shown in the preview; accepted back, not stored. */
  @IsOptional() @IsIn(LEAD_SOURCES)
  leadSource?: LeadSource;

  /** The document's agencies as matched in the preview; accepted back, not stored. */
  @IsOptional() @IsArray() @ArrayMaxSize(200)
  agencies?: unknown[];

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
