import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { type NewMeasurement, indicatorsApi } from './indicators.api';
import { indicatorKeys } from './indicator.queries';

/** Every indicator mutation changes statuses shown on the list and the detail page: both are invalidated. */
const useIndicatorMutation = <TInput, TResult>(fn: (input: TInput) => Promise<TResult>, successKey: string) => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => notifySuccess(t(successKey)),
    onError: (error) => notifyError(errorMessage(t, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
};

export const useAddMeasurement = (indicatorId: string) => useIndicatorMutation((input: NewMeasurement) => indicatorsApi.addMeasurement(indicatorId, input), 'indicators.measurements.saved');

export const useConfirmMeasurement = () => useIndicatorMutation(({ id, version }: { id: string; version: number }) => indicatorsApi.confirm(id, version), 'indicators.measurements.confirmedToast');

export const useUpdateIndicator = (indicatorId: string) =>
  useIndicatorMutation((body: { responsibleDepartmentId?: string | null; accumulation?: string | null; version: number }) => indicatorsApi.update(indicatorId, body), 'indicators.settings.saved');

export const useAssessTarget = () => useIndicatorMutation(({ targetId, ...body }: { targetId: string; status: string; note: string; version: number }) => indicatorsApi.assess(targetId, body), 'indicators.assessment.saved');

export const useSaveReportSettings = () => useIndicatorMutation((body: { reportDay: number; hourOfDay: string; version: number }) => indicatorsApi.saveReportSettings(body), 'indicators.reportSettings.saved');
