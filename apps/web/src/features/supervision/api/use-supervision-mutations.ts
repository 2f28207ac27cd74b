import type { SupervisionRequestDetail } from '@mandate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { notificationKeys } from '../../notifications/api/notifications.queries';
import { type NewSupervisionRequest, supervisionApi } from './supervision.api';
import { supervisionKeys } from './supervision.queries';

/** Every step changes the request, the lists it appears in and (for the other parties) their notifications. */
const useStep = <TInput>(run: (input: TInput) => Promise<SupervisionRequestDetail>, successKey: string) => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: run,
    onSuccess: (request) => {
      queryClient.setQueryData(supervisionKeys.detail(request.id), request);
      notifySuccess(t(successKey));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: () => Promise.all([supervisionKeys.all, notificationKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
};

export const useRaiseSupervision = () => useStep((input: NewSupervisionRequest) => supervisionApi.create(input), 'supervision.raised');
export const useRespondSupervision = (id: string) => useStep((input: { content: string; files: File[] }) => supervisionApi.respond(id, input), 'supervision.answered');
export const useReopenSupervision = (id: string) => useStep((input: { content: string; dueDate: string }) => supervisionApi.reopen(id, input), 'supervision.reopened');
export const useCloseSupervision = (id: string) => useStep((input: { content?: string }) => supervisionApi.close(id, input), 'supervision.closedDone');
