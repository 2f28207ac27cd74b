import { Alert, Modal, PasswordInput, Stack } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@mandate/domain';
import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions';
import { isApiError } from '../../../lib/api-client';
import { apiFieldErrors, errorMessage } from '../../../lib/error-message';
import { notifySuccess } from '../../../lib/notify';
import { authApi } from '../api/auth.api';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
const EMPTY: Fields = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});

  const close = () => {
    setFields(EMPTY);
    setErrors({});
    change.reset();
    onClose();
  };

  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => {
      notifySuccess(t('password.changed'));
      close();
    },
    onError: (error) => setErrors(apiFieldErrors(t, error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (fields.newPassword.length < PASSWORD_MIN_LENGTH) next.newPassword = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    else if (fields.newPassword === fields.currentPassword) next.newPassword = t('password.sameAsCurrent');
    if (fields.confirm !== fields.newPassword) next.confirm = t('password.mismatch');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    change.mutate({ currentPassword: fields.currentPassword, newPassword: fields.newPassword });
  };

  const set = (key: keyof Fields) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  // A wrong current password comes back as a field problem or a bare 400/401; show it in the form.
  const showGeneral = change.error && !(isApiError(change.error) && change.error.details.length > 0);

  return (
    <Modal opened={opened} onClose={close} title={t('password.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {showGeneral && (
            <Alert color="red" role="alert">
              {errorMessage(t, change.error)}
            </Alert>
          )}
          <PasswordInput label={t('password.current')} autoComplete="current-password" required value={fields.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} data-autofocus />
          <PasswordInput label={t('password.new')} autoComplete="new-password" required value={fields.newPassword} onChange={set('newPassword')} error={errors.newPassword} />
          <PasswordInput label={t('password.confirm')} autoComplete="new-password" required value={fields.confirm} onChange={set('confirm')} error={errors.confirm} />
          <FormActions onCancel={close} submitLabel={t('password.submit')} loading={change.isPending} mt="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
