import { LineChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import { type Accumulation, expectedShare, type IndicatorMeasurement, type IndicatorTargetView, parseIndicatorPeriod, sortFigures } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { periodLabel, targetText } from '../indicator-format';

/**
 * One target's figures period by period (official over estimate), against what each period needs and the annual target.
 * @mantine/charts (recharts underneath) follows the Mantine theme the web already uses, light and dark.
 */
export function IndicatorChart({ target, measurements, accumulation }: { target: IndicatorTargetView; measurements: IndicatorMeasurement[]; accumulation: Accumulation }) {
  const { t } = useTranslation();
  const figures = measurements.flatMap((m) => m.values.filter((v) => v.targetId === target.id).map((v) => ({ period: m.period, kind: m.kind, value: v.value })));
  const byPeriod = new Map<string, { period: string; value: number }>();
  for (const f of sortFigures(figures)) byPeriod.set(f.period, f);
  const data = sortFigures([...byPeriod.values()].map((f) => ({ ...f, kind: 'official' as const }))).map((f) => {
    const period = parseIndicatorPeriod(f.period)!;
    return { period: periodLabel(t, f.period), value: f.value, needed: target.value === null ? null : Math.round(target.value * expectedShare(accumulation, period) * 100) / 100 };
  });
  return (
    <Card withBorder padding="sm" data-testid="indicator-chart">
      <Text size="sm" fw={500} mb="xs">
        {targetText(t, target)}
      </Text>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('indicators.detail.chartEmpty')}
        </Text>
      ) : (
        <LineChart
          h={240}
          data={data}
          dataKey="period"
          withLegend
          valueFormatter={(v) => formatNumber(v)}
          series={[
            { name: 'value', label: t('indicators.detail.series.value'), color: 'blue.6' },
            ...(accumulation === 'cumulative' ? [{ name: 'needed', label: t('indicators.detail.series.needed'), color: 'gray.6', strokeDasharray: '5 5' }] : []),
          ]}
          referenceLines={target.value === null ? [] : [{ y: target.value, label: `${t('indicators.detail.series.target')} ${formatNumber(target.value)}`, color: 'red.6' }]}
          yAxisProps={{ domain: ['auto', 'auto'] }}
        />
      )}
    </Card>
  );
}
