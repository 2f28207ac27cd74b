import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, isVersionConflict } from '../lib/error-message';
import { VersionConflictAlert } from './VersionConflictAlert';

/** The form-level part of a failed save: a conflict gets its reload action, anything else its sentence. */
export function FormErrorAlert({ error, onReload, reloading }: { error: unknown; onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isVersionConflict(error)) return <VersionConflictAlert onReload={onReload} reloading={reloading} />;
  return (
    <Alert color="red" role="alert">
      {errorMessage(t, error)}
    </Alert>
  );
}
