import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Min } from 'class-validator';

export class SetAssigneesDto {
  @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  assigneeIds: string[];

  /** Or send it as `If-Match`. */
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}
