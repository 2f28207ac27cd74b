import type { CompletionReportInput, TransitionInput, WorkPackageStatus } from '@mandate/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export class OnBehalfDto {
  /** Required when the UBND office reports for the lead department; the domain checks it, naming `report.onBehalf.reason`. */
  @IsOptional() @IsString() @MaxLength(5000)
  reason?: string;

  @IsOptional() @IsString() @MaxLength(500)
  reporterName?: string;
}

export class CompletionReportDto implements Partial<CompletionReportInput> {
  /** Required for a submit; the domain checks it, so the message names `report.summary`. */
  @IsOptional() @IsString() @MaxLength(20000)
  summary?: string;

  /** Evidence already uploaded with a progress report of this package. */
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  attachmentIds?: string[];

  @IsOptional() @ValidateNested() @Type(() => OnBehalfDto)
  onBehalf?: OnBehalfDto;
}

export class TransitionWorkPackageDto implements TransitionInput {
  /** The status to move to; an unknown one is refused by the workflow with the field `to`, so only its format is checked here. */
  @IsString() @MaxLength(50)
  to: WorkPackageStatus;

  @IsOptional() @IsString() @MaxLength(5000)
  reason?: string;

  @IsOptional() @ValidateNested() @Type(() => CompletionReportDto)
  report?: CompletionReportDto;

  /** Optional lock: when sent, a stale version is a 409 as for an edit. */
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}
