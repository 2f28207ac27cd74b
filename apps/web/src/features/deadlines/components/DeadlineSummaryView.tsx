import { Table, Text, Title } from '@mantine/core';
import { DEADLINE_CATEGORIES, type DeadlineCategory } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useDomainLabels } from '../../work-packages/labels';
import type { DeadlineSummary } from '@mandate/domain';
import { CategoryCountCards } from './CategoryCountCards';

export function DeadlineSummaryView({ summary, departmentName }: { summary: DeadlineSummary; departmentName: (id: string) => string }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const count = (counts: Partial<Record<DeadlineCategory, number>>, c: DeadlineCategory) => counts[c] ?? 0;
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('deadlines.asOf', { date: formatDate(summary.asOf) })} · {t('deadlines.total')}: {summary.total}
      </Text>
      <CategoryCountCards counts={summary.byCategory} />
      <Title order={2} size="h4" mb="sm">
        {t('deadlines.byDepartment')}
      </Title>
      <Table.ScrollContainer minWidth={900} mb="lg">
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.department')}</Table.Th>
              {DEADLINE_CATEGORIES.map((c) => (
                <Table.Th key={c} ta="right">
                  {labels.category(c)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('deadlines.sum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byDepartment.map((row) => (
              <Table.Tr key={row.departmentId}>
                <Table.Td>{departmentName(row.departmentId) || row.departmentId}</Table.Td>
                {DEADLINE_CATEGORIES.map((c) => (
                  <Table.Td key={c} ta="right" c={c === 'open_overdue' && count(row.byCategory, c) > 0 ? 'red' : undefined}>
                    {count(row.byCategory, c)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {DEADLINE_CATEGORIES.reduce((sum, c) => sum + count(row.byCategory, c), 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
