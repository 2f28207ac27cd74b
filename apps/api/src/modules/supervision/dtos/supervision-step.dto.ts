import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** An answer (multipart with `files` allowed); checked by `assertSupervisionResponse`. */
export class RespondSupervisionDto {
  @Allow()
  content: unknown;
}

/** Asking for more: checked by `assertSupervisionReopen`. */
export class ReopenSupervisionDto {
  @Allow()
  content: unknown;

  @ApiProperty({ description: 'The new response deadline, YYYY-MM-DD' })
  @Allow()
  dueDate: unknown;
}

export class CloseSupervisionDto {
  @ApiProperty({ required: false })
  @Allow()
  content?: unknown;
}

/** Days per kind; checked by `assertSupervisionResponseDays`. */
export class SupervisionSettingsDto {
  @Allow()
  kien_nghi: unknown;

  @Allow()
  chat_van: unknown;

  @Allow()
  yeu_cau_bao_cao: unknown;
}
