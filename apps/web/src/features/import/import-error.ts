import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api-client';
import { errorMessage, fieldProblemMessage } from '../../lib/error-message';

export interface ImportErrorView {
  message: string;
  /** What to fix, field by field in the UI language (a 400 other than "empty"). */
  detail: string | null;
  planExists: boolean;
}

/** Turns an import failure into Vietnamese for people: each status the import endpoints answer has its sentence. */
export const importErrorView = (t: TFunction, error: unknown): ImportErrorView => {
  const view = (message: string, detail: string | null = null, planExists = false): ImportErrorView => ({ message, detail, planExists });
  if (!isApiError(error)) return view(errorMessage(t, error));
  switch (error.status) {
    case 400: {
      const empty = error.details.some((d) => d.rule === 'required') || /empty/i.test(error.message);
      return empty ? view(t('import.errors.empty')) : view(t('import.errors.invalid'), error.details.map((d) => fieldProblemMessage(t, d)).join(' ') || null);
    }
    case 409:
      return error.code === 'PLAN_EXISTS' ? view(t('import.errors.exists'), null, true) : view(errorMessage(t, error));
    case 413:
      return view(t('import.errors.tooLarge'));
    case 415:
      return view(t('import.errors.wrongType'));
    case 422:
      if (error.code === 'PDF_NO_TEXT_LAYER') return view(t('import.errors.noTextLayer'));
      if (error.code === 'PDF_ENCRYPTED') return view(t('import.errors.encrypted'));
      if (error.code === 'DOCUMENT_UNREADABLE') return view(t('import.errors.unreadable'));
      // The UI's own sentence says everything the API's does; the API's is English and stays out of the Vietnamese UI.
      return view(t('import.errors.notPlan'));
    default:
      return view(errorMessage(t, error));
  }
};
