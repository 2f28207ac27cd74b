import { Transform, Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/** JSON, or multipart/form-data with these as text fields and up to five evidence files under `files`. */
export class CreateProgressReportDto {
  @Type(() => Number) @IsInt() @Min(0) @Max(100)
  progress: number;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 10000)
  summary: string;
}
