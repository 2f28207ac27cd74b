import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/error-message';
import { invalidateAfterMutation } from '../../../../lib/invalidate';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { auditKeys } from '../../../audit/api/audit.queries';
import { type CreateDepartmentInput, departmentsApi, type UpdateDepartmentInput } from './departments.api';
import { departmentKeys } from './departments.queries';

const AFFECTED = [departmentKeys.all, auditKeys.all];

export const useCreateDepartment = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: CreateDepartmentInput) => departmentsApi.create(input),
    onSuccess: (created) => notifySuccess(t('departments.created', { name: created.name })),
    // The form shows field problems itself; a toast carries the rest.
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error) => invalidateAfterMutation(queryClient, AFFECTED, error, true),
  });
};

export type DepartmentChange = 'edit' | 'deactivate' | 'activate';

export const useUpdateDepartment = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateDepartmentInput; change: DepartmentChange }) => departmentsApi.update(id, input),
    onSuccess: (updated, { change }) => {
      const key = change === 'deactivate' ? 'departments.deactivated' : change === 'activate' ? 'departments.activated' : 'departments.updated';
      notifySuccess(t(key, { name: updated.name }));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error, { change }) => invalidateAfterMutation(queryClient, AFFECTED, error, change === 'edit'),
  });
};
