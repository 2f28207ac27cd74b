import { Badge, Button, Card, Group, Progress, Select, SimpleGrid, Skeleton, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { can, type DisbursementInvestor, type DisbursementOverview, type DisbursementProject, type DisbursementProjectSort } from '@mandate/domain';
import { IconFileImport, IconFlag, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { DownloadButton } from '../../../components/DownloadButton';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatMonth, formatPercent } from '../../../lib/format';
import { useSearchParamState } from '../../../lib/use-search-param-state';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { planQueries } from '../../plans/api/plans.queries';
import { disbursementApi } from '../api/disbursement.api';
import { disbursementQueries } from '../api/disbursement.queries';
import { useMoney } from '../use-money';
import { DisbursementChart } from './DisbursementChart';
import { FigureDialog } from './FigureDialog';
import { ImportDialog } from './ImportDialog';
import { MilestonesDialog } from './MilestonesDialog';
import { planOptions } from '../../plans/plan-options';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

function InvestorsTable({ overview, departmentName }: { overview: DisbursementOverview; departmentName: (id: string) => string }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing={6} aria-label={t('disbursement.investors.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('disbursement.investors.rank')}</Table.Th>
            <Table.Th>{t('disbursement.investors.investor')}</Table.Th>
            <Table.Th ta="right">{t('disbursement.allocated')}</Table.Th>
            <Table.Th ta="right">{t('disbursement.disbursed')}</Table.Th>
            <Table.Th w={200}>{t('disbursement.rate')}</Table.Th>
            <Table.Th ta="right">{t('disbursement.investors.below')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.investors.map((i) => (
            <Table.Tr key={i.departmentId}>
              <Table.Td>{i.rank}</Table.Td>
              <Table.Td>
                {departmentName(i.departmentId)}
                <Text size="xs" c="dimmed">
                  {t('disbursement.investors.projects', { n: i.projects })}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(i.allocated)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(i.disbursed)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={i.rate} style={{ flex: 1 }} color={i.rate < overview.targetRate ? 'orange' : 'teal'} aria-hidden />
                  <Text size="sm" w={56} ta="right">
                    {formatPercent(i.rate)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">{i.belowCurve > 0 ? <Badge color="orange" variant="light">{i.belowCurve}</Badge> : '0'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const SORTS: DisbursementProjectSort[] = ['code', 'rate', '-rate'];

/** The projects table, a page at a time from the API: searched, filtered and ordered there, so a plan of 5,000 projects loads 25. */
export function ProjectsTable({
  planId,
  investors,
  departmentName,
  canEnter,
  onEnter,
}: {
  planId: string;
  investors: DisbursementInvestor[];
  departmentName: (id: string) => string;
  canEnter: (p: DisbursementProject) => boolean;
  onEnter: (p: DisbursementProject) => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [belowOnly, setBelowOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [investor, setInvestor] = useState<string | null>(null);
  const [sort, setSort] = useState<DisbursementProjectSort>('code');
  const filter = useMemo(() => ({ belowCurve: belowOnly || undefined, investorDepartmentId: investor ?? undefined, q: q || undefined, sort }), [belowOnly, investor, q, sort]);
  // A new filter starts again at the first page.
  const pages = useCursorPages(JSON.stringify(filter));
  const projects = useQuery(disbursementQueries.projects(planId, filter, pages.cursor));
  const page = projects.data;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput leftSection={<IconSearch size={14} />} placeholder={t('disbursement.projects.search')} aria-label={t('disbursement.projects.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={320} maw="100%" />
        <Select
          aria-label={t('disbursement.investors.investor')}
          placeholder={t('disbursement.projects.allInvestors')}
          data={investors.map((i) => ({ value: i.departmentId, label: departmentName(i.departmentId) || t('disbursement.projects.unknownInvestor') }))}
          value={investor}
          onChange={setInvestor}
          clearable
          searchable
          w={240}
        />
        <Select
          aria-label={t('disbursement.projects.sort')}
          data={SORTS.map((value) => ({ value, label: t(`disbursement.projects.sorts.${value}`) }))}
          value={sort}
          onChange={(value) => setSort((value as DisbursementProjectSort | null) ?? 'code')}
          allowDeselect={false}
          w={220}
        />
        <Switch label={t('disbursement.projects.belowOnly')} checked={belowOnly} onChange={(e) => setBelowOnly(e.currentTarget.checked)} mb={6} />
      </Group>
      {projects.isError && <QueryErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />}
      {!page && !projects.isError && <TableSkeleton columns={7} />}
      {page && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={6} aria-label={t('disbursement.projects.title')} style={{ opacity: projects.isPlaceholderData ? 0.6 : 1 }} aria-busy={projects.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('disbursement.projects.name')}</Table.Th>
                  <Table.Th>{t('disbursement.investors.investor')}</Table.Th>
                  <Table.Th>{t('disbursement.projects.source')}</Table.Th>
                  <Table.Th ta="right">{t('disbursement.allocated')}</Table.Th>
                  <Table.Th ta="right">{t('disbursement.disbursed')}</Table.Th>
                  <Table.Th ta="right">{t('disbursement.rate')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm">{p.name}</Text>
                      <Text size="xs" c="dimmed">
                        {p.code}
                        {p.reportedMonth ? ` · ${t('disbursement.projects.reported', { month: formatMonth(p.reportedMonth) })}` : ` · ${t('disbursement.projects.notReported')}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{departmentName(p.investorDepartmentId)}</Table.Td>
                    <Table.Td>{p.capitalSource}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(p.allocated)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(p.disbursed)}</Table.Td>
                    <Table.Td ta="right">
                      <Stack gap={2} align="flex-end">
                        {formatPercent(p.rate)}
                        {p.belowCurve && (
                          // The label's own overflow would let the column shrink it to 'Dưới m…'.
                          <Badge color="orange" variant="light" leftSection={<IconFlag size={12} />} style={{ textTransform: 'none', overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                            {t('disbursement.projects.below')}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {canEnter(p) && (
                        <Button size="compact-xs" variant="subtle" onClick={() => onEnter(p)}>
                          {t('disbursement.figure.enter')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {page.total === 0 && <Text c="dimmed">{t('disbursement.projects.none')}</Text>}
          {page.total > 0 && (
            <CursorPager pages={pages} nextCursor={page.nextCursor} busy={projects.isPlaceholderData} summary={t('disbursement.projects.matching', { n: page.total })} />
          )}
        </>
      )}
    </Stack>
  );
}

export function DisbursementPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const money = useMoney();
  const [params, setParam] = useSearchParamState();
  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const overview = useQuery({ ...disbursementQueries.overview(planId ?? ''), enabled: planId !== null });
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const names = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const departmentName = useMemo(() => (id: string) => names.get(id) ?? '', [names]);
  const [importing, setImporting] = useState(false);
  const [editingMilestones, setEditingMilestones] = useState(false);
  const [entering, setEntering] = useState<DisbursementProject | null>(null);
  const canReport = can(user.role, 'disbursement.report');
  const canManage = can(user.role, 'disbursement.manage');
  const canEnter = (p: DisbursementProject) => canManage || (canReport && user.departmentId === p.investorDepartmentId);
  const o = overview.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">
          {t('disbursement.title')}
        </Title>
        <Select
          label={t('board.plan')}
          w={320}
          data={planOptions(plans.data)}
          value={planId}
          onChange={(value) => setParam('plan', value)}
          allowDeselect={false}
        />
      </Group>
      {plans.isError && <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && plans.data.length === 0 && <Text c="dimmed">{t('board.noPlans')}</Text>}
      {overview.isError && <QueryErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {planId && !o && !overview.isError && <Skeleton h={320} />}
      {planId && o && (
        <>
          <Group gap="xs">
            <DownloadButton label={t('disbursement.template')} fileName="mau-giai-ngan.xlsx" fetchFile={() => disbursementApi.template(planId)} />
            <DownloadButton label={t('disbursement.download')} fileName={`giai-ngan${o.asOfMonth ? `-${o.asOfMonth}` : ''}.xlsx`} fetchFile={() => disbursementApi.workbook(planId)} />
            {canReport && (
              <Button leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
                {t('disbursement.import.open')}
              </Button>
            )}
            {canManage && (
              <Button variant="light" onClick={() => setEditingMilestones(true)}>
                {t('disbursement.milestones.open')}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Stat label={t('disbursement.allocated')} value={money(o.allocated)} hint={t('disbursement.projectCount', { n: o.projectCount })} />
            <Stat label={t('disbursement.disbursed')} value={money(o.disbursed)} hint={o.asOfMonth ? t('disbursement.asOf', { month: formatMonth(o.asOfMonth) }) : t('disbursement.noFigures')} />
            <Stat label={t('disbursement.rate')} value={formatPercent(o.rate)} hint={t('disbursement.targetAt', { rate: formatPercent(o.targetRate) })} />
            <Stat label={t('disbursement.belowCurve')} value={String(o.belowCurveCount)} hint={t('disbursement.belowCurveHint')} />
          </SimpleGrid>
          <Card withBorder component="section" aria-label={t('disbursement.chart.title')}>
            <Text fw={600} mb="xs">
              {t('disbursement.chart.title')}
            </Text>
            {o.asOfMonth && (
              <Text size="sm" mb="xs" data-testid="disbursement-latest">
                {t('disbursement.chart.latest', { month: formatMonth(o.asOfMonth), rate: formatPercent(o.rate), target: formatPercent(o.targetRate) })}
              </Text>
            )}
            <DisbursementChart overview={o} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('disbursement.chart.rule')}
            </Text>
          </Card>
          <Card withBorder component="section" aria-label={t('disbursement.investors.title')}>
            <Text fw={600} mb="xs">
              {t('disbursement.investors.title')}
            </Text>
            <InvestorsTable overview={o} departmentName={departmentName} />
          </Card>
          <Card withBorder component="section" aria-label={t('disbursement.projects.title')}>
            <Text fw={600} mb="xs">
              {t('disbursement.projects.title')}
            </Text>
            <ProjectsTable planId={o.planId} investors={o.investors} departmentName={departmentName} canEnter={canEnter} onEnter={setEntering} />
          </Card>
          {importing && <ImportDialog planId={o.planId} opened onClose={() => setImporting(false)} />}
          {editingMilestones && <MilestonesDialog settings={o.settings} opened onClose={() => setEditingMilestones(false)} onReload={() => void overview.refetch()} />}
          {entering && (
            <FigureDialog
              planId={o.planId}
              project={entering}
              year={Number(o.settings.targetDate.slice(0, 4))}
              defaultMonth={o.asOfMonth ?? `${o.settings.targetDate.slice(0, 4)}-01`}
              onClose={() => setEntering(null)}
              onReload={() => void overview.refetch()}
            />
          )}
        </>
      )}
    </Stack>
  );
}
