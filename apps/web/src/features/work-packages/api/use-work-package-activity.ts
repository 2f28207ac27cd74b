import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { boardKeys } from '../../board/api/board.queries';
import { type NewProgressReport, workPackagesApi } from './work-packages.api';
import { workPackageKeys } from './work-package.queries';

export const useAddComment = (id: string) => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: string) => workPackagesApi.addComment(id, body),
    onSuccess: () => notifySuccess(t('workPackages.comments.posted')),
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPackageKeys.comments(id) }),
  });
};

export const useAddProgressReport = (id: string) => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: NewProgressReport) => workPackagesApi.addReport(id, input),
    onSuccess: () => notifySuccess(t('workPackages.reports.filed')),
    onError: (error) => notifyError(errorMessage(t, error)),
    // A report moves the package's progress, which the board and the page show.
    onSettled: () => Promise.all([workPackageKeys.detail(id), boardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
};
