import { Alert, Anchor, Drawer, Group, SegmentedControl, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type DeadlineCategory, type LeagueRow, type LeagueWindow, periodContaining, REPORT_PERIOD_KINDS, type ReportPeriodKind, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '../../../../components/DownloadButton';
import { QueryErrorAlert } from '../../../../components/QueryErrorAlert';
import { formatDate } from '../../../../lib/format';
import { useSearchParamState } from '../../../../lib/use-search-param-state';
import { departmentQueries } from '../../../admin/departments/api/departments.queries';
import { PackageDeadlineTable } from '../../../deadlines/components/PackageDeadlineTable';
import { DueDateInput } from '../../../plans/breakdown/DueDateInput';
import { planQueries } from '../../../plans/api/plans.queries';
import { SupervisionTable, supervisionQueries, useAddresseeName } from '../../../supervision';
import { workPackageQueries } from '../../../work-packages/api/work-package.queries';
import { useDomainLabels } from '../../../work-packages/labels';
import { leagueApi, type LeagueParams } from '../api/league.api';
import { leagueQueries } from '../api/league.queries';
import { boardLink } from '../board-link';
import { LeagueTableView } from './LeagueTableView';
import { planOptions } from '../../../plans/plan-options';

type Mode = 'asOf' | ReportPeriodKind;
const MODES: readonly Mode[] = ['asOf', ...REPORT_PERIOD_KINDS];
const isMode = (value: string | null): value is Mode => (MODES as readonly (string | null)[]).includes(value);

/** The sentence that says what a window counts. */
const useWindowText = () => {
  const { t } = useTranslation();
  return (window: LeagueWindow) =>
    window.from && window.to
      ? t('league.window.period', { from: formatDate(window.from), to: formatDate(window.to), asOf: formatDate(window.asOf) })
      : t('league.window.asOf', { asOf: formatDate(window.asOf) });
};

export function LeaguePage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const windowText = useWindowText();
  const [params, setParam] = useSearchParamState();
  const today = todayIn(new Date());
  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const mode: Mode = isMode(params.get('period')) ? (params.get('period') as Mode) : 'asOf';
  const date = params.get('date') ?? today;
  const [drill, setDrill] = useState<{ row: LeagueRow; category: DeadlineCategory | null } | null>(null);
  const [drillRequests, setDrillRequests] = useState<LeagueRow | null>(null);
  const addresseeName = useAddresseeName();

  const query: LeagueParams | null = planId ? (mode === 'asOf' ? { planId, asOf: date } : { planId, ...periodContaining(mode, date) }) : null;
  const league = useQuery({ ...leagueQueries.table(query ?? { planId: '' }), enabled: query !== null });
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const departmentName = (id: string) => departmentNames.get(id) ?? '';

  const window = league.data?.window;
  const drillFilters = drill && window && planId
    ? { planId, departmentId: drill.row.departmentId, category: drill.category ?? undefined, asOf: window.asOf, dueFrom: window.from ?? undefined, dueTo: window.to ?? undefined }
    : null;
  const packages = useQuery({ ...workPackageQueries.list(drillFilters ?? {}), enabled: drillFilters !== null });
  // The same requests the column counts: addressed to the department, of the plan, due in the window, as of its end.
  const requestFilters = drillRequests && window && planId
    ? { planId, addresseeDepartmentId: drillRequests.departmentId, asOf: window.asOf, ...(window.from && window.to ? { dueFrom: window.from, dueTo: window.to } : {}) }
    : null;
  const requests = useQuery({ ...supervisionQueries.list(requestFilters ?? {}), enabled: requestFilters !== null });

  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        {t('league.title')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('board.plan')}
          w={320}
          data={planOptions(plans.data)}
          value={planId}
          onChange={(value) => setParam('plan', value)}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('league.period')}
          </Text>
          <SegmentedControl value={mode} onChange={(value) => setParam('period', value === 'asOf' ? null : value)} data={MODES.map((m) => ({ value: m, label: t(`league.periods.${m}`) }))} />
        </Stack>
        <Stack gap={4} w={160}>
          <Text size="sm" fw={500}>
            {t(mode === 'asOf' ? 'league.asOfDate' : 'league.periodDate')}
          </Text>
          <DueDateInput value={date} onChange={(value) => setParam('date', value && value !== today ? value : null)} onValidityChange={() => undefined} aria-label={t(mode === 'asOf' ? 'league.asOfDate' : 'league.periodDate')} />
        </Stack>
        <DownloadButton
          variant="light"
          label={t('league.download')}
          disabled={!league.data || !query}
          fileName={`bang-xep-hang-${query ? (query.asOf ?? `${query.from}-${query.to}`) : ''}.xlsx`}
          fetchFile={() => (query ? leagueApi.workbook(query) : Promise.reject(new Error('No plan chosen')))}
        />
      </Group>
      <Alert variant="light" color="blue" title={t('league.rule.title')} data-testid="league-rule">
        <Text size="sm">{t('league.rule.text')}</Text>
        <Text size="sm" mt={4}>
          {t('league.rule.rates')}
        </Text>
        <Text size="sm" mt={4}>
          {t('league.rule.requests')}
        </Text>
      </Alert>
      {plans.isSuccess && plans.data.length === 0 && <Text c="dimmed">{t('board.noPlans')}</Text>}
      {league.isError && <QueryErrorAlert error={league.error} onRetry={() => void league.refetch()} />}
      {league.data ? (
        <>
          <Text size="sm" c="dimmed">
            {windowText(league.data.window)} · {t('league.comparedWith', { window: windowText(league.data.previousWindow) })}
          </Text>
          <LeagueTableView rows={league.data.items} departmentName={departmentName} onDrill={(row, category) => setDrill({ row, category })} onDrillRequests={setDrillRequests} />
        </>
      ) : (
        query && !league.isError && <Skeleton h={320} />
      )}
      <Drawer
        opened={drill !== null}
        onClose={() => setDrill(null)}
        position="right"
        size="xl"
        title={drill ? `${departmentName(drill.row.departmentId)} — ${drill.category ? labels.category(drill.category) : t('league.columns.total')}` : ''}
      >
        {drill && planId && window && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {windowText(window)}
            </Text>
            <Anchor component={Link} to={boardLink(planId, drill.row.departmentId, drill.category)} size="sm">
              {t('league.openBoard')}
            </Anchor>
            {packages.isError && <QueryErrorAlert error={packages.error} onRetry={() => void packages.refetch()} />}
            {packages.data ? <PackageDeadlineTable packages={packages.data} today={window.asOf} departmentName={departmentName} overdue={drill.category === 'open_overdue'} /> : <Skeleton h={200} />}
          </Stack>
        )}
      </Drawer>
      <Drawer
        opened={drillRequests !== null}
        onClose={() => setDrillRequests(null)}
        position="right"
        size="xl"
        title={drillRequests ? t('league.requestsDrillTitle', { department: departmentName(drillRequests.departmentId) }) : ''}
      >
        {drillRequests && window && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t(window.from && window.to ? 'league.requestsWindow' : 'league.requestsWindowAll', { asOf: formatDate(window.asOf) })}
            </Text>
            {requests.isError && <QueryErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />}
            {requests.data ? <SupervisionTable requests={requests.data} today={window.asOf} addresseeName={addresseeName} /> : <Skeleton h={200} />}
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
