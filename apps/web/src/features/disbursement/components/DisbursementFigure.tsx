import { Anchor, Card, Group, Progress, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth, formatPercent } from '../../../lib/format';
import { disbursementQueries } from '../api/disbursement.queries';
import { useMoney } from '../use-money';

/** On the disbursement work package (3.1.d in the sample): the plan-wide figure the Disbursement page shows. */
export function DisbursementFigure({ planId, workPackageId }: { planId: string; workPackageId: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const summary = useQuery(disbursementQueries.summary(planId));
  const s = summary.data;
  if (!s || s.workPackageId !== workPackageId) return null;
  return (
    <Card withBorder component="section" aria-label={t('disbursement.figureCard.title')}>
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{t('disbursement.figureCard.title')}</Text>
        <Anchor component={Link} to={`/disbursement?plan=${planId}`} size="sm">
          {t('disbursement.figureCard.open')}
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Progress value={s.rate} style={{ flex: 1 }} color={s.rate < s.targetRate ? 'orange' : 'teal'} aria-hidden />
        <Text fw={700}>{formatPercent(s.rate)}</Text>
      </Group>
      <Text size="sm" mt={4}>
        {t('disbursement.figureCard.line', { disbursed: money(s.disbursed), allocated: money(s.allocated), target: formatPercent(s.targetRate), month: s.asOfMonth ? formatMonth(s.asOfMonth) : '—' })}
      </Text>
    </Card>
  );
}
