import { Anchor, Badge, Card, Grid, Group, List, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { can, canReportIndicator } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryErrorPage } from '../../errors/QueryErrorPage';
import { formatDate, formatNumber } from '../../../lib/format';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { SubjectSupervisionSection } from '../../supervision';
import { useDomainLabels } from '../../work-packages/labels';
import { indicatorQueries } from '../api/indicator.queries';
import { figureText, indicatorLabel, periodLabel, targetText } from '../indicator-format';
import { AssessmentForm } from './AssessmentForm';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorSettings } from './IndicatorSettings';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementsTable } from './MeasurementsTable';
import { StatusRule } from './StatusRule';
import { TargetStatusBadge } from './TargetStatusBadge';
import { TrendIcon } from './TrendIcon';

/** One indicator: its targets' statuses, the history chart against the target, its figures, and the packages serving it. */
export function IndicatorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const detail = useQuery(indicatorQueries.detail(id));
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));

  if (detail.isError) return <QueryErrorPage error={detail.error} onRetry={() => void detail.refetch()} back={{ to: '/indicators', label: t('nav.indicators') }} />;
  if (detail.isPending) return <Skeleton h={320} />;
  const indicator = detail.data;
  const deptName = (deptId: string | null) => (deptId ? (departments.data?.find((d) => d.id === deptId)?.name ?? '') : t('indicators.detail.noResponsible'));
  const manage = can(user.role, 'indicators.manage');
  const report = canReportIndicator(user, indicator);
  const measured = indicator.targets.filter((target) => target.comparator !== 'qualitative' && target.value !== null);
  const qualitative = indicator.targets.filter((target) => target.comparator === 'qualitative' || target.value === null);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/indicators?plan=${indicator.planId}`} size="sm">
        {t('indicators.detail.back')}
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="default" style={{ textTransform: 'none' }}>
            {t(`plans.groups.${indicator.group}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('indicators.columns.code')} {indicator.code}
          </Text>
        </Group>
        <Title order={1} size="h3">
          {indicator.name}
        </Title>
        <Text size="sm">
          {t('indicators.detail.responsible')}: <strong>{deptName(indicator.responsibleDepartmentId)}</strong> · {t('indicators.accumulation.label')}: {t(`indicators.accumulation.${indicator.accumulation}`)}
        </Text>
      </Stack>
      {manage && (
        <Card withBorder>
          <IndicatorSettings key={indicator.version} indicator={indicator} />
        </Card>
      )}

      <Card withBorder component="section" aria-labelledby="indicator-targets">
        <Title order={2} size="h4" id="indicator-targets" mb="xs">
          {t('indicators.detail.targets')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indicators.columns.target')}</Table.Th>
                <Table.Th>{t('indicators.columns.latest')}</Table.Th>
                <Table.Th ta="right">{t('indicators.columns.percent')}</Table.Th>
                <Table.Th>{t('indicators.columns.status')}</Table.Th>
                <Table.Th>{t('indicators.columns.trend')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicator.targets.map((target) => (
                <Table.Tr key={target.id} data-testid="target-row">
                  <Table.Td>{targetText(t, target)}</Table.Td>
                  <Table.Td>
                    {target.latest
                      ? `${figureText(target.latest.value, target.unit)} (${periodLabel(t, target.latest.period)}, ${t(`indicators.kind.${target.latest.kind}`)}${target.latest.confirmed ? '' : `, ${t('indicators.unconfirmed')}`})`
                      : '—'}
                  </Table.Td>
                  <Table.Td ta="right">{target.percentOfTarget === null ? '—' : `${formatNumber(target.percentOfTarget)}%`}</Table.Td>
                  <Table.Td>
                    <TargetStatusBadge status={target.status} />
                  </Table.Td>
                  <Table.Td>
                    <TrendIcon trend={target.trend} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {qualitative.map((target) => (
          <AssessmentForm key={`${target.id}-${target.version}`} target={target} editable={manage} />
        ))}
      </Card>

      {measured.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="indicator-chart">
          <Title order={2} size="h4" id="indicator-chart">
            {t('indicators.detail.chart')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: measured.length > 1 ? 2 : 1 }}>
            {measured.map((target) => (
              <IndicatorChart key={target.id} target={target} measurements={indicator.measurements} accumulation={indicator.accumulation} />
            ))}
          </SimpleGrid>
        </Stack>
      )}

      <Grid>
        <Grid.Col span={{ base: 12, lg: report ? 7 : 12 }}>
          <Card withBorder component="section" aria-labelledby="indicator-measurements">
            <Title order={2} size="h4" id="indicator-measurements" mb="xs">
              {t('indicators.measurements.title')}
            </Title>
            <MeasurementsTable indicator={indicator} />
          </Card>
        </Grid.Col>
        {report && measured.length > 0 && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Card withBorder>
              <MeasurementForm indicator={indicator} />
            </Card>
          </Grid.Col>
        )}
      </Grid>

      <Card withBorder component="section" aria-labelledby="indicator-packages">
        <Title order={2} size="h4" id="indicator-packages" mb="xs">
          {t('indicators.detail.packages')}
        </Title>
        {indicator.packages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicators.detail.noPackages')}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {indicator.packages.map((p) => (
              <List.Item key={p.id}>
                <Anchor component={Link} to={`/work-packages/${p.id}`} size="sm">
                  {p.title}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  · {deptName(p.leadDepartmentId)} · {labels.status(p.status as Parameters<typeof labels.status>[0])} · {p.progress}%{p.dueDate ? ` · ${formatDate(p.dueDate)}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Card>

      <Card withBorder>
        <Text size="xs" c="dimmed" fw={500}>
          {t('indicators.detail.text')}
        </Text>
        <Text size="sm">{indicator.text}</Text>
      </Card>
      <StatusRule />
      <SubjectSupervisionSection subject={{ type: 'indicator', id: indicator.id, title: indicatorLabel(indicator), suggestedAddresseeId: indicator.responsibleDepartmentId }} />
    </Stack>
  );
}
