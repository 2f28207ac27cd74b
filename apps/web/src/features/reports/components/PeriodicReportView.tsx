import { Stack, Table, Text, Title } from '@mantine/core';
import { formatDateVi, type PeriodicReport, SUPERVISION_KIND_LABELS } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { TargetStatusBadge } from '../../indicators/components/TargetStatusBadge';
import { figureText, periodLabel } from '../../indicators/indicator-format';
import { DepartmentCategoryTable } from './DepartmentCategoryTable';

const date = (value: string | null) => (value ? formatDateVi(value) : '—');

/** The periodic report as a page that prints cleanly (see reports-print.css). */
export function PeriodicReportView({ report }: { report: PeriodicReport }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Stack gap="md" className="reports-print-area">
      <Stack gap={2} align="center">
        <Title order={3} ta="center">
          {t('reports.periodic.heading', { period: report.period.label.vi })}
        </Title>
        <Text ta="center">{report.plan.title}</Text>
        <Text ta="center" fs="italic">
          {t('reports.periodic.figuresOn', { date: formatDateVi(report.cutOff) })}
        </Text>
      </Stack>
      <Title order={4}>{t('reports.periodic.byDepartment')}</Title>
      <DepartmentCategoryTable rows={report.byDepartment} sum={report} />
      <Title order={4}>{t('reports.periodic.completed', { count: report.completed.length })}</Title>
      <Table withTableBorder striped>
        <Table.Tbody>
          {report.completed.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.title}</Table.Td>
              <Table.Td>{p.leadDepartment}</Table.Td>
              <Table.Td>{date(p.completedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('reports.periodic.overdue', { count: report.overdue.length })}</Title>
      <Table withTableBorder striped>
        <Table.Tbody>
          {report.overdue.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.title}</Table.Td>
              <Table.Td>{p.leadDepartment}</Table.Td>
              <Table.Td>{date(p.dueDate)}</Table.Td>
              <Table.Td>{t('reports.periodic.daysLate', { count: p.daysOverdue })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('reports.periodic.extensions', { count: report.extensions.length })}</Title>
      <Table withTableBorder striped>
        <Table.Tbody>
          {report.extensions.map((x) => (
            <Table.Tr key={`${x.workPackageId}-${x.decidedOn}`}>
              <Table.Td>{x.title}</Table.Td>
              <Table.Td>{x.leadDepartment}</Table.Td>
              <Table.Td>
                {date(x.fromDate)} → {date(x.toDate)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('reports.periodic.indicators')}</Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.periodic.indicator')}</Table.Th>
              <Table.Th>{t('reports.periodic.target')}</Table.Th>
              <Table.Th>{t('reports.periodic.latest')}</Table.Th>
              <Table.Th>{t('reports.periodic.percentOfTarget')}</Table.Th>
              <Table.Th miw={150}>{t('reports.periodic.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.indicators.map((i, n) => (
              <Table.Tr key={`${i.code}-${n}`} data-testid="periodic-indicator">
                <Table.Td>
                  {i.code}. {i.name}
                </Table.Td>
                <Table.Td>{i.target}</Table.Td>
                <Table.Td>{i.latest ? `${figureText(i.latest.value, i.unit)} (${periodLabel(t, i.latest.period)})` : '—'}</Table.Td>
                <Table.Td>{i.percentOfTarget === null ? '—' : `${formatNumber(i.percentOfTarget)}%`}</Table.Td>
                <Table.Td>
                  <TargetStatusBadge status={i.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4}>{t('reports.periodic.supervision', { count: report.supervisionAnswered.length })}</Title>
      <Table withTableBorder striped>
        <Table.Tbody>
          {report.supervisionAnswered.map((r) => (
            <Table.Tr key={r.id} data-testid="periodic-supervision">
              <Table.Td>{SUPERVISION_KIND_LABELS[r.kind][lang]}</Table.Td>
              <Table.Td>{r.subjectTitle}</Table.Td>
              <Table.Td>{r.addressee}</Table.Td>
              <Table.Td>{t(r.answeredOnTime ? 'reports.periodic.answeredOnTime' : 'reports.periodic.answeredLate', { date: date(r.answeredOn), due: date(r.dueDate) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
