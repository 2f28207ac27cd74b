import { errorTranslationKey } from '@mandate/domain';
import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** A sentence for people, in the UI language, for any error an API call can throw: each code has its own message key. */
export const errorMessage = (t: TFunction, error: unknown): string => {
  if (!isApiError(error) || error.code === 'UNKNOWN') return t('errors.generic');
  if (error.code === 'NETWORK_ERROR') return t('errors.network');
  return t(errorTranslationKey(error.code));
};

export const isVersionConflict = (error: unknown): boolean => isApiError(error) && error.code === 'VERSION_CONFLICT';

/** The API's field problems keyed by field; the API's own message is kept since it names the rule broken. */
export const apiFieldErrors = (error: unknown): Record<string, string> => (isApiError(error) ? error.fieldErrors() : {});
