import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { departmentQueries } from '../admin/departments/api/departments.queries';
import { homeQueries } from './api/home.queries';
import { DepartmentHomeView, OverviewHomeView, UbndHomeView } from './components/HomeViews';

/** Each role's home page, from one `GET /api/home` answer shaped for it. */
export function DashboardPage() {
  const { t } = useTranslation();
  const home = useQuery(homeQueries.home());
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const names = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const departmentName = (id: string) => names.get(id) ?? '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h3">
          {home.data?.kind === 'department' ? t('home.department.title', { department: departmentName(home.data.departmentId) }) : t(`home.${home.data?.kind ?? 'overview'}.title`)}
        </Title>
        {home.data && (
          <Text size="sm" c="dimmed" data-testid="home-plan">
            {home.data.plan ? `${home.data.plan.number ? `${home.data.plan.number} — ` : ''}${home.data.plan.title}` : t('board.noPlans')} · {t('deadlines.asOf', { date: formatDate(home.data.asOf) })}
          </Text>
        )}
      </Group>
      {home.isError && <QueryErrorAlert error={home.error} onRetry={() => void home.refetch()} />}
      {home.isPending && <Skeleton h={360} />}
      {home.data?.kind === 'ubnd' && <UbndHomeView home={home.data} departmentName={departmentName} />}
      {home.data?.kind === 'department' && <DepartmentHomeView home={home.data} departmentName={departmentName} />}
      {home.data?.kind === 'overview' && <OverviewHomeView home={home.data} departmentName={departmentName} />}
    </Stack>
  );
}
