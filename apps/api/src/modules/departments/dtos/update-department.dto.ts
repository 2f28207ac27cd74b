import { DEPARTMENT_KINDS, DepartmentKind } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class UpdateDepartmentDto {
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 300)
  name?: string;

  @IsOptional() @IsIn(DEPARTMENT_KINDS)
  kind?: DepartmentKind;

  @IsOptional() @IsBoolean()
  active?: boolean;

  /** The version the client last read; a stale one gets 409. */
  @IsInt() @Min(1)
  version: number;
}
