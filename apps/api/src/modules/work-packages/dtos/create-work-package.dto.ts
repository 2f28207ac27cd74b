import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { WorkPackageFieldsDto } from './work-package-input.dto';

export class CreateWorkPackageDto extends WorkPackageFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  planId?: string | null;
}
