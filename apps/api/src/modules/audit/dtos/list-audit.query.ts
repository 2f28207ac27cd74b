import { AUDIT_ACTIONS, AuditAction } from '@mandate/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

// Calendar dates only: strict refuses 2025-02-30, the pattern refuses week and ordinal forms that PostgreSQL cannot read.
const CALENDAR_INSTANT = /^\d{4}-\d{2}-\d{2}([T ]|$)/;

export class ListAuditQuery {
  @IsOptional() @IsString() @MaxLength(64) entityType?: string;
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @IsIn(AUDIT_ACTIONS) action?: AuditAction;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(CALENDAR_INSTANT, { message: 'from must be a date or date-time' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(CALENDAR_INSTANT, { message: 'to must be a date or date-time' }) to?: string;
  @IsOptional() @IsString() @MaxLength(300) cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
