import { DEFAULT_REMINDER_RULES, type ReminderRules } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

/** What a plan's settings may change. */
export type EditableReminderRules = ReminderRules;

/** GET/PUT /api/plans/:id/reminder-rules; `isDefault` is true while the plan still follows the design's defaults. */
export type PlanReminderRules = EditableReminderRules & { isDefault: boolean };

/** The API fills the defaults itself; this only keeps the screen whole if a field is ever missing. */
const withDefaults = (raw: Partial<PlanReminderRules>): PlanReminderRules => ({
  offsetsDays: Array.isArray(raw.offsetsDays) ? raw.offsetsDays : [...DEFAULT_REMINDER_RULES.offsetsDays],
  hourOfDay: raw.hourOfDay ?? DEFAULT_REMINDER_RULES.hourOfDay,
  overdueDaily: raw.overdueDaily ?? DEFAULT_REMINDER_RULES.overdueDaily,
  escalateToUbndFromDay: raw.escalateToUbndFromDay ?? DEFAULT_REMINDER_RULES.escalateToUbndFromDay,
  monthlyReportDay: raw.monthlyReportDay ?? DEFAULT_REMINDER_RULES.monthlyReportDay,
  isDefault: raw.isDefault ?? true,
});

const path = (planId: string) => `/plans/${encodeURIComponent(planId)}/reminder-rules`;

export const reminderRulesApi = {
  get: async (planId: string, signal?: AbortSignal) => withDefaults(await apiFetch<Partial<PlanReminderRules>>(path(planId), { signal })),
  // The API refuses unknown fields, so exactly the editable ones go out.
  put: async (planId: string, rules: EditableReminderRules) => {
    const { offsetsDays, hourOfDay, overdueDaily, escalateToUbndFromDay, monthlyReportDay } = rules;
    const body: EditableReminderRules = { offsetsDays, hourOfDay, overdueDaily, escalateToUbndFromDay, monthlyReportDay };
    return withDefaults(await apiFetch<Partial<PlanReminderRules>>(path(planId), { method: 'PUT', body }));
  },
};
