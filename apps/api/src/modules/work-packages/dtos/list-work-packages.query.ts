import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { WorkPackageFilterQuery } from './work-package-filter.query';

export class ListWorkPackagesQuery extends WorkPackageFilterQuery {
  @IsOptional() @IsUUID()
  planId?: string;

  /** Only the packages nested under this one. */
  @IsOptional() @IsUUID()
  parentId?: string;

  @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}
