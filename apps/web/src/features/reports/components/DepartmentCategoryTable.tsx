import { Table } from '@mantine/core';
import { DEADLINE_CATEGORIES, type DeadlineCategory } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useDomainLabels } from '../../work-packages/labels';

interface CategoryCounts {
  total: number;
  byCategory: Record<DeadlineCategory, number>;
}

/** Packages per lead department and date category, one row a department (and a bold sum row when `sum` is given): the periodic report and the public page. */
export function DepartmentCategoryTable({ rows, sum }: { rows: (CategoryCounts & { departmentName: string })[]; sum?: CategoryCounts }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const cells = (counts: CategoryCounts) => (
    <>
      <Table.Td>{formatNumber(counts.total)}</Table.Td>
      {DEADLINE_CATEGORIES.map((c) => (
        <Table.Td key={c}>{formatNumber(counts.byCategory[c])}</Table.Td>
      ))}
    </>
  );
  return (
    <Table withTableBorder withColumnBorders striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.periodic.department')}</Table.Th>
          <Table.Th>{t('reports.periodic.total')}</Table.Th>
          {DEADLINE_CATEGORIES.map((c) => (
            <Table.Th key={c}>{labels.category(c)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d, n) => (
          <Table.Tr key={`${n}-${d.departmentName}`}>
            <Table.Td>{d.departmentName}</Table.Td>
            {cells(d)}
          </Table.Tr>
        ))}
        {sum && (
          <Table.Tr fw={700}>
            <Table.Td>{t('reports.periodic.sum')}</Table.Td>
            {cells(sum)}
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
