import { errorTranslationKey, type FieldProblem, fieldRuleTranslationKey, isFieldRule } from '@mandate/domain';
import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** "dueDate", "packages[3].dueDate", "cooperatingDepartmentIds.2" → the field's name in the UI language. */
export const fieldLabel = (t: TFunction, field: string): string => {
  const name = field
    .split('.')
    .map((segment) => segment.replace(/\[\d+\]$/, ''))
    .filter((segment) => segment !== '' && !/^\d+$/.test(segment))
    .pop();
  return name ? t(`fieldNames.${name}`, { defaultValue: t('errors.fieldUnknown') }) : t('errors.fieldUnknown');
};

/** One refused field in the UI language, naming the field: the API's rule code and parameters, never its English. */
export const fieldProblemMessage = (t: TFunction, problem: FieldProblem): string =>
  t(fieldRuleTranslationKey(isFieldRule(problem.rule) ? problem.rule : 'invalid'), { ...problem.params, field: fieldLabel(t, problem.field) });

/** A sentence for people, in the UI language, for any error an API call can throw: each code has its own message key. */
export const errorMessage = (t: TFunction, error: unknown): string => {
  if (!isApiError(error) || error.code === 'UNKNOWN') return t('errors.generic');
  if (error.code === 'NETWORK_ERROR') return t('errors.network');
  const sentence = t(errorTranslationKey(error.code));
  if (error.code !== 'VALIDATION_FAILED' || error.details.length === 0) return sentence;
  return [sentence, ...new Set(error.details.map((d) => fieldProblemMessage(t, d)))].join(' ');
};

export const isVersionConflict = (error: unknown): boolean => isApiError(error) && error.code === 'VERSION_CONFLICT';

/** The API's field problems keyed by field, each in the UI language, for forms to show under their inputs. */
export const apiFieldErrors = (t: TFunction, error: unknown): Record<string, string> =>
  isApiError(error) ? Object.fromEntries(error.details.map((d) => [d.field, fieldProblemMessage(t, d)])) : {};
