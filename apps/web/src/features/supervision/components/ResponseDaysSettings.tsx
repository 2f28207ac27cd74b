import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { MAX_RESPONSE_DAYS, SUPERVISION_KINDS, type SupervisionResponseDays } from '@mandate/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { supervisionApi } from '../api/supervision.api';
import { supervisionKeys, supervisionQueries } from '../api/supervision.queries';
import { useSupervisionLabels } from '../labels';

/** The admin sets the default response time of each kind of request (chất vấn: 20 days unless changed). */
export function ResponseDaysSettings() {
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  const queryClient = useQueryClient();
  const settings = useQuery(supervisionQueries.settings());
  const [draft, setDraft] = useState<Partial<SupervisionResponseDays>>({});
  const save = useMutation({
    mutationFn: (days: SupervisionResponseDays) => supervisionApi.updateSettings(days),
    onSuccess: (days) => {
      queryClient.setQueryData(supervisionKeys.settings(), days);
      setDraft({});
      notifySuccess(t('supervision.settings.saved'));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });
  if (!settings.data) return null;
  const current = { ...settings.data, ...draft };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(current);
  };
  return (
    <Card withBorder component="section" aria-labelledby="supervision-settings">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h4" id="supervision-settings">
            {t('supervision.settings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('supervision.settings.hint')}
          </Text>
          <Group align="flex-end">
            {SUPERVISION_KINDS.map((kind) => (
              <NumberInput
                key={kind}
                label={labels.kind(kind)}
                suffix={` ${t('supervision.settings.days')}`}
                min={1}
                max={MAX_RESPONSE_DAYS}
                allowDecimal={false}
                value={current[kind]}
                onChange={(value) => setDraft((d) => ({ ...d, [kind]: typeof value === 'number' ? value : Number(value) || 1 }))}
                w={200}
              />
            ))}
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
