import { Anchor, Breadcrumbs, Button, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { can } from '@mandate/domain';
import { IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryErrorPage } from '../../errors/QueryErrorPage';
import { useCurrentUser } from '../../auth';
import { planQueries } from '../api/plans.queries';
import { ReminderRulesSection } from '../reminder-rules/ReminderRulesSection';
import { DeadlinesTable } from './DeadlinesTable';
import { IndicatorsTable } from './IndicatorsTable';
import { ItemTree } from './ItemTree';
import { ParseWarnings, PlanMetadata } from './PlanMetadata';

export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const plan = useQuery(planQueries.detail(id));

  if (plan.isError) return <QueryErrorPage error={plan.error} onRetry={() => void plan.refetch()} back={{ to: '/plans', label: t('plans.title') }} />;
  if (plan.isPending) return <Skeleton height={320} />;
  const p = plan.data;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/plans">
          {t('plans.title')}
        </Anchor>
        <span>{p.number ?? p.title}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Title order={1} size="h3" style={{ flex: 1 }}>
          {p.title}
        </Title>
        {can(user.role, 'plans.breakdown') && !p.archived && (
          <Button component={Link} to={`/plans/${p.id}/breakdown`} leftSection={<IconListCheck size={16} />}>
            {t('plans.breakdownAction')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <PlanMetadata number={p.number} kind={p.kind} issuer={p.issuer} issuedOn={p.issuedOn} planYear={p.planYear} />
      </Paper>
      <ParseWarnings warnings={p.warnings} details={p.warningDetails} />
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.indicators.title')}
        </Title>
        <IndicatorsTable indicators={p.indicators} />
      </section>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.items.title')}
        </Title>
        <ItemTree items={p.items} count="packages" />
      </section>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.deadlines.title')}
        </Title>
        <DeadlinesTable deadlines={p.deadlines} />
      </section>
      <ReminderRulesSection planId={p.id} canEdit={can(user.role, 'plans.breakdown') && !p.archived} />
    </Stack>
  );
}
