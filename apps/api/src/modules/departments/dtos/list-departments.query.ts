import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListDepartmentsQuery {
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean()
  includeInactive?: boolean;
}
