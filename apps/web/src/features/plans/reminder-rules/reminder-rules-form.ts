import { validateReminderRules } from '@mandate/domain';
import type { EditableReminderRules } from './api/reminder-rules.api';

/** The form as typed: strings and numbers the inputs hold, turned into rules only on submit. */
export interface ReminderRulesFormValues {
  offsetsDays: string[];
  hourOfDay: string;
  overdueDaily: boolean;
  escalateToUbndFromDay: number | string;
  monthlyReportDay: number | string;
}

/** The form's own names for the fields the domain (and the API's `details`) name. */
export type RuleField = 'offsetsDays' | 'hourOfDay' | 'overdueDaily' | 'escalateToUbndFromDay' | 'monthlyReportDay';

const FIELD_OF: Record<string, RuleField> = {
  offsetsDays: 'offsetsDays',
  hourOfDay: 'hourOfDay',
  overdueDaily: 'overdueDaily',
  escalateToUbndFromDay: 'escalateToUbndFromDay',
  monthlyReportDay: 'monthlyReportDay',
};

/** The form field a problem belongs to; class-validator names array items `offsetsDays.0` and so on. */
export const ruleFieldOf = (field: string): RuleField | undefined => FIELD_OF[field] ?? FIELD_OF[field.split('.')[0] ?? ''];

export const formValuesOf = (rules: EditableReminderRules): ReminderRulesFormValues => ({
  offsetsDays: [...rules.offsetsDays].sort((a, b) => b - a).map(String),
  hourOfDay: rules.hourOfDay,
  overdueDaily: rules.overdueDaily,
  escalateToUbndFromDay: rules.escalateToUbndFromDay,
  monthlyReportDay: rules.monthlyReportDay,
});

// Anything that is not a whole number becomes NaN, which the domain's validation refuses.
const wholeNumber = (value: number | string): number => {
  if (typeof value === 'number') return value;
  return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
};

export const rulesOf = (values: ReminderRulesFormValues): EditableReminderRules => ({
  offsetsDays: values.offsetsDays.map(wholeNumber),
  hourOfDay: values.hourOfDay.trim(),
  overdueDaily: values.overdueDaily,
  escalateToUbndFromDay: wholeNumber(values.escalateToUbndFromDay),
  monthlyReportDay: wholeNumber(values.monthlyReportDay),
});

/** The fields `validateReminderRules` (the same check the API runs) finds wrong. */
export const invalidFields = (rules: EditableReminderRules): RuleField[] => {
  const fields = validateReminderRules(rules).map((p) => ruleFieldOf(p.field));
  return [...new Set(fields.filter((f): f is RuleField => f !== undefined))];
};
