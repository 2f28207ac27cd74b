import { DEPARTMENT_CODE_PATTERN, DEPARTMENT_KINDS, DepartmentKind } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDepartmentDto {
  @Transform(trim) @IsString() @Matches(DEPARTMENT_CODE_PATTERN, { message: 'code must be 2–32 upper-case letters, digits, "-" or "_"' })
  code: string;

  @Transform(trim) @IsString() @Length(1, 300)
  name: string;

  @IsIn(DEPARTMENT_KINDS)
  kind: DepartmentKind;
}
