import { Allow } from 'class-validator';

/** Checked by `assertExtensionRequest`, which names the field that is wrong. */
export class RequestExtensionDto {
  @Allow()
  requestedDueDate: unknown;

  @Allow()
  reason: unknown;
}
