import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/error-message';
import { invalidateAfterMutation } from '../../../../lib/invalidate';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { auditKeys } from '../../../audit/api/audit.queries';
import { type CreateUserInput, type UpdateUserInput, usersApi } from './users.api';
import { userKeys } from './users.queries';

const AFFECTED = [userKeys.all, auditKeys.all];

export const useCreateUser = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: CreateUserInput) => usersApi.create(input),
    onSuccess: (created) => notifySuccess(t('users.created', { name: created.displayName })),
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error) => invalidateAfterMutation(queryClient, AFFECTED, error, true),
  });
};

export type UserChange = 'edit' | 'deactivate' | 'activate';

export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput; change: UserChange }) => usersApi.update(id, input),
    onSuccess: (updated, { change }) => {
      const key = change === 'deactivate' ? 'users.deactivated' : change === 'activate' ? 'users.activated' : 'users.updated';
      notifySuccess(t(key, { name: updated.displayName }));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error, { change }) => invalidateAfterMutation(queryClient, AFFECTED, error, change === 'edit'),
  });
};
