import { Group, Select, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { endOfMonth, isOpenStatus, type PlanItemNode, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParamState } from '../../../lib/use-search-param-state';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { clearedDepartment, departmentFilter } from '../../work-packages/own-department';
import { planQueries } from '../../plans/api/plans.queries';
import { workPackageQueries } from '../../work-packages/api/work-package.queries';
import { deadlineQueries } from '../api/deadlines.queries';
import { endOfWeek } from '../deadline-views';
import { DeadlineCountdown } from './DeadlineCountdown';
import { DeadlineSummaryView } from './DeadlineSummaryView';
import { MonthCalendar } from './MonthCalendar';
import { PackageDeadlineTable } from './PackageDeadlineTable';
import { PlanTimeline } from './PlanTimeline';
import { planOptions } from '../../plans/plan-options';

const TABS = ['overdue', 'week', 'month', 'calendar', 'timeline'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

const flatten = (nodes: readonly PlanItemNode[]): PlanItemNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

export function DeadlinesPage() {
  const { t } = useTranslation();
  const [params, setParam] = useSearchParamState();
  const today = todayIn(new Date());
  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'overdue';
  const user = useCurrentUser();
  const departmentId = departmentFilter(params.get('department'), user);

  const enabled = planId !== null;
  const summary = useQuery({ ...deadlineQueries.summary(planId ?? ''), enabled });
  const plan = useQuery({ ...planQueries.detail(planId ?? ''), enabled });
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const all = useQuery({ ...workPackageQueries.list({ planId: planId ?? '', departmentId }), enabled });
  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const departmentName = (id: string) => departmentNames.get(id) ?? '';
  const items = useMemo(() => new Map(flatten(plan.data?.items ?? []).map((i) => [i.ref, i.title])), [plan.data]);

  const open = (all.data ?? []).filter((pkg) => isOpenStatus(pkg.status) && pkg.dueDate !== null);
  const overdue = open.filter((pkg) => pkg.category === 'open_overdue');
  const dueBetween = (to: string) => open.filter((pkg) => pkg.category !== 'open_overdue' && (pkg.dueDate as string) >= today && (pkg.dueDate as string) <= to);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">
          {t('deadlines.title')}
        </Title>
        <Select
          label={t('board.plan')}
          w={320}
          data={planOptions(plans.data)}
          value={planId}
          onChange={(value) => setParam('plan', value)}
          allowDeselect={false}
        />
        <Select
          label={t('board.department')}
          w={240}
          clearable
          searchable
          placeholder={t('common.all')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={departmentId ?? null}
          onChange={(value) => setParam('department', value ?? clearedDepartment(user))}
        />
      </Group>
      {plans.isError && <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && plans.data.length === 0 && <Text c="dimmed">{t('board.noPlans')}</Text>}
      {enabled && (
        <>
          {plan.data && <DeadlineCountdown deadlines={plan.data.deadlines} today={today} />}
          {summary.isError ? (
            <QueryErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
          ) : summary.data ? (
            <DeadlineSummaryView summary={summary.data} departmentName={departmentName} />
          ) : (
            <Skeleton h={120} />
          )}
          {all.isError && <QueryErrorAlert error={all.error} onRetry={() => void all.refetch()} />}
          <Tabs value={tab} onChange={(value) => setParam('tab', value === 'overdue' ? null : value)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="overdue">
                {t('deadlines.tabs.overdue')} ({overdue.length})
              </Tabs.Tab>
              <Tabs.Tab value="week">
                {t('deadlines.tabs.week')} ({dueBetween(endOfWeek(today)).length})
              </Tabs.Tab>
              <Tabs.Tab value="month">
                {t('deadlines.tabs.month')} ({dueBetween(endOfMonth(today)).length})
              </Tabs.Tab>
              <Tabs.Tab value="calendar">{t('deadlines.tabs.calendar')}</Tabs.Tab>
              <Tabs.Tab value="timeline">{t('deadlines.tabs.timeline')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overdue" pt="sm">
              <PackageDeadlineTable packages={overdue} today={today} departmentName={departmentName} overdue />
            </Tabs.Panel>
            <Tabs.Panel value="week" pt="sm">
              <PackageDeadlineTable packages={dueBetween(endOfWeek(today))} today={today} departmentName={departmentName} overdue={false} />
            </Tabs.Panel>
            <Tabs.Panel value="month" pt="sm">
              <PackageDeadlineTable packages={dueBetween(endOfMonth(today))} today={today} departmentName={departmentName} overdue={false} />
            </Tabs.Panel>
            <Tabs.Panel value="calendar" pt="sm">
              <MonthCalendar planId={planId} today={today} />
            </Tabs.Panel>
            <Tabs.Panel value="timeline" pt="sm">
              <PlanTimeline packages={all.data ?? []} today={today} itemTitle={(ref) => items.get(ref) ?? ''} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
