import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/error-message';
import { invalidateAfterMutation } from '../../../../lib/invalidate';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { auditKeys } from '../../../audit/api/audit.queries';
import { type CreateDepartmentAliasInput, departmentAliasesApi } from './department-aliases.api';
import { departmentAliasKeys } from './department-aliases.queries';

const AFFECTED = [departmentAliasKeys.all, auditKeys.all];

export const useCreateDepartmentAlias = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: CreateDepartmentAliasInput) => departmentAliasesApi.create(input),
    onSuccess: (created) => notifySuccess(t('departments.aliases.created', { alias: created.alias })),
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error) => invalidateAfterMutation(queryClient, AFFECTED, error, false),
  });
};

export const useRemoveDepartmentAlias = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (alias: { id: string; alias: string }) => departmentAliasesApi.remove(alias.id),
    onSuccess: (_data, alias) => notifySuccess(t('departments.aliases.removed', { alias: alias.alias })),
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: (_data, error) => invalidateAfterMutation(queryClient, AFFECTED, error, false),
  });
};
