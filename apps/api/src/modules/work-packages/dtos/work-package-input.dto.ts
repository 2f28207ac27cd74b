import { ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateIf } from 'class-validator';

const present = (_: object, value: unknown) => value !== null && value !== undefined;

/**
 * The fields of a work package a create or an edit carries. Only formats the database would choke on
 * (ids) are checked here; everything else is `validateWorkPackageInput`'s, so the rules live in one place.
 */
export class WorkPackageFieldsDto {
  @ApiPropertyOptional() @Allow()
  title?: unknown;

  @ApiPropertyOptional() @Allow()
  description?: unknown;

  @ApiPropertyOptional() @Allow()
  sourceText?: unknown;

  @ApiPropertyOptional() @Allow()
  itemRef?: unknown;

  @ApiPropertyOptional() @ValidateIf(present) @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional() @ValidateIf(present) @IsUUID()
  leadDepartmentId?: string;

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  cooperatingDepartmentIds?: string[];

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  assigneeIds?: string[];

  @ApiPropertyOptional({ example: '2026-01-15' }) @Allow()
  startDate?: unknown;

  @ApiPropertyOptional({ example: '2026-12-31' }) @Allow()
  dueDate?: unknown;

  @ApiPropertyOptional() @Allow()
  expectedOutput?: unknown;

  @ApiPropertyOptional() @Allow()
  progress?: unknown;

  @ApiPropertyOptional({ enum: ['low', 'normal', 'high', 'urgent'] }) @Allow()
  priority?: unknown;

  @ApiPropertyOptional() @Allow()
  target?: unknown;

  @ApiPropertyOptional({ description: 'The plan indicator this package serves' }) @ValidateIf(present) @IsUUID()
  indicatorId?: string | null;
}
