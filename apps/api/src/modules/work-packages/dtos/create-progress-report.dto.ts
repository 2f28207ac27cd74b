import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/** JSON, or multipart/form-data with these as text fields and up to five evidence files under `files`. */
export class CreateProgressReportDto {
  /** Multipart sends text, so a numeric string is converted; JSON must send a number (not `true`). */
  @Transform(({ value }) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value)) @IsInt() @Min(0) @Max(100)
  progress: number;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 10000)
  summary: string;
}
