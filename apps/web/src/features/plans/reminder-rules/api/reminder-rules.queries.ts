import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client';
import { errorMessage } from '../../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { auditKeys } from '../../../audit/api/audit.queries';
import { planKeys } from '../../api/plans.queries';
import { type EditableReminderRules, reminderRulesApi } from './reminder-rules.api';

export const reminderRuleKeys = {
  // Under the plan's detail key: whatever refreshes the plan refreshes its rules too.
  detail: (planId: string) => [...planKeys.detail(planId), 'reminder-rules'] as const,
};

export const reminderRuleQueries = {
  detail: (planId: string) =>
    queryOptions({
      queryKey: reminderRuleKeys.detail(planId),
      queryFn: ({ signal }) => reminderRulesApi.get(planId, signal),
    }),
};

/** Saves a plan's rules; the API reschedules the plan's reminders in the same transaction and bumps the plan's version. */
export function useSaveReminderRules(planId: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (rules: EditableReminderRules) => reminderRulesApi.put(planId, rules),
    onSuccess: () => notifySuccess(t('reminderRules.saved')),
    // Field problems are shown beside their fields; anything else gets a toast.
    onError: (error) => {
      if (!(isApiError(error) && error.details.length > 0)) notifyError(errorMessage(t, error));
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reminderRuleKeys.detail(planId) }),
        // The plan's version moved on; the break-down preview under the same key root is left alone.
        queryClient.invalidateQueries({ queryKey: planKeys.detail(planId), exact: true }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
}
