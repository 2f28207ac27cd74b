import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** A sentence for people, in the UI language, for any error an API call can throw. */
export const errorMessage = (t: TFunction, error: unknown): string => {
  if (!isApiError(error)) return t('errors.generic');
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t('errors.network');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'VALIDATION_FAILED':
      return t('errors.validation');
    case 'VERSION_CONFLICT':
      return t('errors.versionConflict');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'RATE_LIMITED':
      return t('errors.rateLimited');
    case 'SERVICE_UNAVAILABLE':
      return t('errors.serviceUnavailable');
    case 'DEPARTMENT_HAS_WORK':
      return t('errors.departmentHasWork');
    case 'UNAUTHENTICATED':
      return t('auth.sessionExpired');
    default:
      return t('errors.generic');
  }
};

export const isVersionConflict = (error: unknown): boolean => isApiError(error) && error.code === 'VERSION_CONFLICT';

/** The API's field problems keyed by field; the API's own message is kept since it names the rule broken. */
export const apiFieldErrors = (error: unknown): Record<string, string> => (isApiError(error) ? error.fieldErrors() : {});
