import { IsOptional, IsString } from 'class-validator';

/** JSON `{"text"}`, or the multipart form where the text comes as the `file` field instead. */
export class PlanTextDto {
  @IsOptional() @IsString()
  text?: string;
}
