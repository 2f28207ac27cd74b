import { LineChart } from '@mantine/charts';
import type { DisbursementOverview } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatPercent } from '../../../lib/format';

/** Plan-wide cumulative % by month against the target curve, with the UBND's milestones marked. */
export function DisbursementChart({ overview }: { overview: DisbursementOverview }) {
  const { t } = useTranslation();
  const data = overview.months.map((m) => ({ month: formatMonth(m.month), actual: m.rate, target: m.targetRate }));
  const milestones = overview.settings.milestones.map((m) => ({ x: formatMonth(m.date.slice(0, 7)), label: `${formatDate(m.date)}: ${formatPercent(m.rate)}` }));
  return (
    <LineChart
      h={320}
      data={data}
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
      curveType="linear"
      referenceLines={milestones.map((m) => ({ x: m.x, label: m.label, color: 'orange.6' }))}
      gridAxis="xy"
    />
  );
}
