import { Badge, Button, Group, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import type { PlanReminderRules } from './api/reminder-rules.api';
import { reminderRuleQueries } from './api/reminder-rules.queries';
import { ReminderRulesForm } from './ReminderRulesForm';

/** "Quy tắc nhắc hạn" of a plan: read by everyone who sees the plan, edited by those who may break it down (the UBND). */
export function ReminderRulesSection({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(reminderRuleQueries.detail(planId));
  const [editing, setEditing] = useState(false);

  return (
    <section aria-labelledby="reminder-rules-title">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id="reminder-rules-title">
            {t('reminderRules.title')}
          </Title>
          {query.data && (
            <Badge variant="light" color={query.data.isDefault ? 'gray' : 'navy'}>
              {t(query.data.isDefault ? 'reminderRules.default' : 'reminderRules.custom')}
            </Badge>
          )}
        </Group>
        {canEdit && query.data && !editing && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            {t('reminderRules.edit')}
          </Button>
        )}
      </Group>
      {query.isError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <Skeleton height={160} />
      ) : (
        <Paper withBorder p="md">
          {editing ? (
            <ReminderRulesForm planId={planId} rules={query.data} onDone={() => setEditing(false)} />
          ) : (
            <>
              <RulesSummary rules={query.data} />
              {!canEdit && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('reminderRules.readOnlyHint')}
                </Text>
              )}
            </>
          )}
        </Paper>
      )}
    </section>
  );
}

function RulesSummary({ rules }: { rules: PlanReminderRules }) {
  const { t } = useTranslation();
  const offsets = [...rules.offsetsDays].sort((a, b) => b - a);
  const rows: [string, string][] = [
    ['reminderRules.offsetsDays', offsets.length > 0 ? t('reminderRules.offsetsDaysValue', { days: offsets.join(', ') }) : t('reminderRules.offsetsNone')],
    ['reminderRules.hourOfDay', rules.hourOfDay],
    ['reminderRules.overdueDaily', t(rules.overdueDaily ? 'reminderRules.overdueDailyYes' : 'reminderRules.overdueDailyNo')],
    ['reminderRules.escalateToUbndFromDay', t('reminderRules.escalateValue', { day: rules.escalateToUbndFromDay })],
    ['reminderRules.monthlyReportDay', t('reminderRules.monthlyValue', { day: rules.monthlyReportDay })],
  ];
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} aria-label={t('reminderRules.summaryLabel')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={260}>{t(label)}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
