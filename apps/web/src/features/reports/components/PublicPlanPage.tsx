import { LineChart } from '@mantine/charts';
import { Alert, Container, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { DEADLINE_CATEGORIES, formatDateVi, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatMonth, formatNumber, formatPercent } from '../../../lib/format';
import { figureText } from '../../indicators/indicator-format';
import { useDomainLabels } from '../../work-packages/labels';
import { reportQueries } from '../api/reports.queries';
import { DepartmentCategoryTable } from './DepartmentCategoryTable';

/** The public transparency page (no sign-in): counts only, from GET /api/public/plans/:id. */
export function PublicPlanPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { id = '' } = useParams();
  const summary = useQuery(reportQueries.publicPlan(id));
  if (summary.isPending) return <Loader m="xl" />;
  if (!summary.data) {
    return (
      <Container size="md" py="xl">
        <Alert color="gray">{t('reports.public.notFound')}</Alert>
      </Container>
    );
  }
  const { plan, packages, lastUpdatedAt, indicators, disbursement } = summary.data;
  return (
    <Container size="lg" py="xl">
      <Stack gap="md">
        <Text c="dimmed">{t('reports.public.pageTitle')}</Text>
        <Title order={1} size="h2">
          {plan.title}
        </Title>
        {plan.number && <Text>{plan.number}</Text>}
        <Text size="sm">{t('reports.public.lastUpdated', { date: formatDateVi(todayIn(new Date(lastUpdatedAt))) })}</Text>
        <Title order={2} size="h4">
          {t('reports.public.packages', { count: packages.total })}
        </Title>
        <Title order={3} size="h5">
          {t('reports.public.byCategory')}
        </Title>
        <Table withTableBorder striped maw={520}>
          <Table.Tbody>
            {DEADLINE_CATEGORIES.map((c) => (
              <Table.Tr key={c}>
                <Table.Td>{labels.category(c)}</Table.Td>
                <Table.Td ta="right">{formatNumber(packages.byCategory[c])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5">
          {t('reports.public.byDepartment')}
        </Title>
        <DepartmentCategoryTable rows={packages.byDepartment} />
        {indicators.length > 0 && (
          <>
            <Title order={2} size="h4">
              {t('nav.indicators')}
            </Title>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('indicators.columns.code')}</Table.Th>
                  <Table.Th>{t('indicators.columns.name')}</Table.Th>
                  <Table.Th>{t('indicators.columns.latest')}</Table.Th>
                  <Table.Th>{t('indicators.columns.percent')}</Table.Th>
                  <Table.Th>{t('indicators.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {indicators.flatMap((i) =>
                  i.targets.map((g, n) => (
                    <Table.Tr key={`${i.code}-${n}`}>
                      <Table.Td>{i.code}</Table.Td>
                      <Table.Td>{g.label ? `${i.name} — ${g.label}` : i.name}</Table.Td>
                      <Table.Td>{g.latestValue === null ? '—' : figureText(g.latestValue, g.unit)}</Table.Td>
                      <Table.Td>{g.percentOfTarget === null ? '—' : formatPercent(g.percentOfTarget)}</Table.Td>
                      <Table.Td>{t(`indicators.status.${g.status}`)}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </>
        )}
        {disbursement && (
          <>
            <Title order={2} size="h4">
              {t('disbursement.chart.title')}
            </Title>
            <LineChart
              h={280}
              data={disbursement.months.map((m) => ({ month: formatMonth(m.month), actual: m.rate, target: m.targetRate }))}
              dataKey="month"
              aria-label={t('disbursement.chart.title')}
              series={[
                { name: 'actual', label: t('disbursement.chart.actual'), color: 'blue.6' },
                { name: 'target', label: t('disbursement.chart.target'), color: 'gray.6', strokeDasharray: '6 4' },
              ]}
              yAxisProps={{ domain: [0, 100] }}
              valueFormatter={(value) => formatPercent(value)}
              withLegend
              connectNulls={false}
            />
          </>
        )}
      </Stack>
    </Container>
  );
}
