import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { WorkPackageFieldsDto } from './work-package-input.dto';

/** Only the fields sent change; which of them the caller may change is `assertCanEditFields`'s call. */
export class UpdateWorkPackageDto extends WorkPackageFieldsDto {
  /** The version the client last read; or send it as `If-Match`. */
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}
