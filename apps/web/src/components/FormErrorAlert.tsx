import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { errorMessage, isVersionConflict } from '../lib/error-message';
import { VersionConflictAlert } from './VersionConflictAlert';

/** The form-level part of a failed save: a conflict gets its reload action, anything else its sentence. */
export function FormErrorAlert({ error, onReload, reloading }: { error: unknown; onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isVersionConflict(error)) return <VersionConflictAlert onReload={onReload} reloading={reloading} />;
  return (
    <Alert color="red" role="alert">
      {isApiError(error) && error.code === 'VALIDATION_FAILED' && error.details.length === 0 ? error.message : errorMessage(t, error)}
    </Alert>
  );
}
