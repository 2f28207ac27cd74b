import { IsOptional, IsUUID } from 'class-validator';

export class HomeQuery {
  /** Default: the current plan, else the latest. */
  @IsOptional() @IsUUID()
  planId?: string;
}
