import { Anchor, Badge, Card, Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { countStatuses, type IndicatorGroup, type IndicatorView, TARGET_STATUSES } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '../../components/DownloadButton';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { TableSkeleton } from '../../components/TableSkeleton';
import { formatNumber } from '../../lib/format';
import { useSearchParamState } from '../../lib/use-search-param-state';
import { planQueries } from '../plans/api/plans.queries';
import { indicatorQueries } from './api/indicator.queries';
import { indicatorsApi } from './api/indicators.api';
import { StatusRule } from './components/StatusRule';
import { TargetStatusBadge } from './components/TargetStatusBadge';
import { TrendIcon } from './components/TrendIcon';
import { figureText, periodLabel, STATUS_COLORS, targetText } from './indicator-format';
import { planOptions } from '../plans/plan-options';

const GROUPS: IndicatorGroup[] = ['economy', 'society', 'environment', 'other'];

function StatusCounts({ indicators, label }: { indicators: IndicatorView[]; label: string }) {
  const { t } = useTranslation();
  const counts = countStatuses(indicators.flatMap((i) => i.targets.map((target) => target.status)));
  return (
    <Group gap={6} aria-label={label}>
      {TARGET_STATUSES.filter((s) => counts[s] > 0).map((status) => (
        <Badge key={status} color={STATUS_COLORS[status]} variant="dot" style={{ textTransform: 'none' }} data-testid={`count-${status}`}>
          {t(`indicators.status.${status}`)}: {counts[status]}
        </Badge>
      ))}
    </Group>
  );
}

/** The plan's indicators grouped as the resolution groups them, each target with its latest figure, share of target, status and trend. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const [params, setParam] = useSearchParamState();
  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const list = useQuery({ ...indicatorQueries.list(planId ?? ''), enabled: planId !== null });

  if (plans.isError) return <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const items = list.data?.items ?? [];
  const groups = GROUPS.map((group) => ({ group, rows: items.filter((i) => i.group === group) })).filter((g) => g.rows.length > 0);
  const targetCount = items.reduce((n, i) => n + i.targets.length, 0);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">
          {t('indicators.title')}
        </Title>
        {planId && list.data && items.length > 0 && (
          <DownloadButton label={t('indicators.download')} fileName={`chi-tieu-${list.data.asOf}.xlsx`} fetchFile={() => indicatorsApi.workbook(planId)} />
        )}
      </Group>
      <Select
        label={t('indicators.plan')}
        w={{ base: '100%', sm: 420 }}
        data={planOptions(plans.data)}
        value={planId}
        onChange={(value) => setParam('plan', value)}
        allowDeselect={false}
        searchable
        nothingFoundMessage={t('indicators.noPlan')}
      />
      {plans.data?.length === 0 && <Text c="dimmed">{t('indicators.noPlan')}</Text>}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && planId !== null && <TableSkeleton rows={8} columns={7} />}
      {list.data && items.length === 0 && <Text c="dimmed">{t('indicators.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Card withBorder>
            <Text size="sm" fw={500} mb={6}>
              {t('indicators.summary', { count: targetCount })}
            </Text>
            <StatusCounts indicators={items} label={t('indicators.summary', { count: targetCount })} />
          </Card>
          {groups.map(({ group, rows }) => (
            <Card withBorder key={group} component="section" aria-labelledby={`group-${group}`} padding="sm">
              <Group justify="space-between" mb="xs" wrap="wrap">
                <Title order={2} size="h4" id={`group-${group}`}>
                  {t(`plans.groups.${group}`)} <Text span c="dimmed" size="sm">({t('indicators.groupCount', { count: rows.length })})</Text>
                </Title>
                <StatusCounts indicators={rows} label={t(`plans.groups.${group}`)} />
              </Group>
              <Table.ScrollContainer minWidth={860}>
                <Table verticalSpacing="xs" aria-label={t(`plans.groups.${group}`)}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={50}>{t('indicators.columns.code')}</Table.Th>
                      <Table.Th>{t('indicators.columns.name')}</Table.Th>
                      <Table.Th w={200}>{t('indicators.columns.target')}</Table.Th>
                      <Table.Th w={190}>{t('indicators.columns.latest')}</Table.Th>
                      <Table.Th w={90} ta="right">{t('indicators.columns.percent')}</Table.Th>
                      <Table.Th w={130}>{t('indicators.columns.status')}</Table.Th>
                      <Table.Th w={70}>{t('indicators.columns.trend')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((indicator) => (
                      <Fragment key={indicator.id}>
                        {indicator.targets.map((target, index) => (
                          <Table.Tr key={target.id} data-testid="indicator-target-row" data-indicator={indicator.code}>
                            {index === 0 && (
                              <>
                                <Table.Td rowSpan={indicator.targets.length} valign="top">
                                  {indicator.code}
                                </Table.Td>
                                <Table.Td rowSpan={indicator.targets.length} valign="top">
                                  <Anchor component={Link} to={`/indicators/${indicator.id}`} size="sm">
                                    {indicator.name}
                                  </Anchor>
                                </Table.Td>
                              </>
                            )}
                            <Table.Td>
                              <Text size="sm">{targetText(t, target)}</Text>
                            </Table.Td>
                            <Table.Td>
                              {target.latest ? (
                                <Stack gap={0}>
                                  <Text size="sm">{figureText(target.latest.value, target.unit)}</Text>
                                  <Text size="xs" c="dimmed">
                                    {periodLabel(t, target.latest.period)} · {t(`indicators.kind.${target.latest.kind}`)}
                                    {!target.latest.confirmed && ` · ${t('indicators.unconfirmed')}`}
                                  </Text>
                                </Stack>
                              ) : target.assessment ? (
                                <Text size="xs">{target.assessment.note}</Text>
                              ) : (
                                <Text size="sm" c="dimmed">—</Text>
                              )}
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
                      </Fragment>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ))}
          <StatusRule />
        </>
      )}
      {list.isPending && planId === null && plans.isPending && <Skeleton h={200} />}
    </Stack>
  );
}
