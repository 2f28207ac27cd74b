import { NumberInput, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { isApiError } from '../../../lib/api-client';
import type { PlanReminderRules } from './api/reminder-rules.api';
import { useSaveReminderRules } from './api/reminder-rules.queries';
import { formValuesOf, invalidFields, type ReminderRulesFormValues, type RuleField, ruleFieldOf, rulesOf } from './reminder-rules-form';


/** The API's field problems mapped onto the form's fields; problems on fields the form does not have stay with the form. */
const apiProblems = (error: unknown): { fields: RuleField[]; unplaced: boolean } => {
  if (!isApiError(error)) return { fields: [], unplaced: Boolean(error) };
  const mapped = error.details.map((d) => ruleFieldOf(d.field));
  return { fields: mapped.filter((f): f is RuleField => f !== undefined), unplaced: mapped.length === 0 || mapped.includes(undefined) };
};

export function ReminderRulesForm({ planId, rules, onDone }: { planId: string; rules: PlanReminderRules; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ReminderRulesFormValues>(() => formValuesOf(rules));
  const [clientFields, setClientFields] = useState<RuleField[]>([]);
  const save = useSaveReminderRules(planId);
  const server = apiProblems(save.error);
  const wrong = new Set<RuleField>([...server.fields, ...clientFields]);
  // Each message says what the rule is, in the UI language; the API's English sentence says the same.
  const errorOf = (field: RuleField) => (wrong.has(field) ? t(`reminderRules.errors.${field}`) : undefined);
  const set = <K extends keyof ReminderRulesFormValues>(key: K, value: ReminderRulesFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = rulesOf(values);
    const problems = invalidFields(next);
    setClientFields(problems);
    if (problems.length > 0) return;
    save.mutate(next, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('reminderRules.edit')}>
      <Stack gap="sm">
        {server.unplaced && <FormErrorAlert error={save.error} onReload={onDone} />}
        <TagsInput
          label={t('reminderRules.offsetsDays')}
          description={t('reminderRules.offsetsDaysHint')}
          value={values.offsetsDays}
          onChange={(next) => set('offsetsDays', next)}
          error={errorOf('offsetsDays')}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('reminderRules.hourOfDay')} placeholder="08:00" value={values.hourOfDay} onChange={(e) => set('hourOfDay', e.currentTarget.value)} error={errorOf('hourOfDay')} />
          <NumberInput
            label={t('reminderRules.escalateToUbndFromDay')}
            value={values.escalateToUbndFromDay}
            onChange={(next) => set('escalateToUbndFromDay', next)}
            error={errorOf('escalateToUbndFromDay')}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
          />
          <NumberInput
            label={t('reminderRules.monthlyReportDay')}
            value={values.monthlyReportDay}
            onChange={(next) => set('monthlyReportDay', next)}
            error={errorOf('monthlyReportDay')}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
          />
        </SimpleGrid>
        <Switch label={t('reminderRules.overdueDaily')} checked={values.overdueDaily} onChange={(e) => set('overdueDaily', e.currentTarget.checked)} error={errorOf('overdueDaily')} />
        <FormActions onCancel={onDone} loading={save.isPending} />
      </Stack>
    </form>
  );
}
