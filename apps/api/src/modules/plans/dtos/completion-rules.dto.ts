import type { CompletionRules } from '@mandate/domain';
import { IsBoolean } from 'class-validator';

export class CompletionRulesDto implements CompletionRules {
  /** False lets a completion report go without evidence files on this plan. */
  @IsBoolean()
  evidenceRequired: boolean;
}
