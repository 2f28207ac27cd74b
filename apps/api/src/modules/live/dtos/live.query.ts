import { IsOptional, IsUUID } from 'class-validator';

/** Which changes a stream carries: a plan's, a lead department's, or (neither) every package's. */
export class LiveQuery {
  @IsOptional() @IsUUID()
  planId?: string;

  @IsOptional() @IsUUID()
  departmentId?: string;
}
