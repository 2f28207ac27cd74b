import { DepartmentAlias } from '@mandate/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { DepartmentAliasEntity } from '../department-alias.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDepartmentAliasDto {
  @Transform(trim) @IsString() @Length(2, 300)
  alias: string;

  @IsUUID()
  departmentId: string;
}

export class MatchAgenciesDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2000) @IsString({ each: true }) @Length(1, 500, { each: true })
  names: string[];
}

export const mapDepartmentAlias = (a: DepartmentAliasEntity): DepartmentAlias => ({ id: a.id, alias: a.alias, departmentId: a.departmentId, createdAt: a.createdAt.toISOString() });
