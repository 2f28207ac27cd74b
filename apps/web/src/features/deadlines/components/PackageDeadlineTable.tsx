import { Anchor, Table, Text } from '@mantine/core';
import { daysBetween, type WorkPackage } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';

export function PackageDeadlineTable({ packages, today, departmentName, overdue }: { packages: readonly WorkPackage[]; today: string; departmentName: (id: string) => string; overdue: boolean }) {
  const { t } = useTranslation();
  if (packages.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('deadlines.empty')}
      </Text>
    );
  }
  const sorted = [...packages].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deadlines.columns.title')}</Table.Th>
            <Table.Th>{t('deadlines.columns.lead')}</Table.Th>
            <Table.Th>{t('deadlines.columns.due')}</Table.Th>
            <Table.Th>{t(overdue ? 'deadlines.columns.overdueDays' : 'deadlines.columns.daysLeft')}</Table.Th>
            <Table.Th>{t('deadlines.columns.category')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((pkg) => {
            const days = pkg.dueDate ? daysBetween(today, pkg.dueDate) : null;
            return (
              <Table.Tr key={pkg.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/work-packages/${pkg.id}`} size="sm">
                    {pkg.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{departmentName(pkg.leadDepartmentId)}</Table.Td>
                <Table.Td>{formatDate(pkg.dueDate)}</Table.Td>
                <Table.Td>{days === null ? '' : t(overdue ? 'deadlines.daysOverdue' : 'deadlines.daysLeft', { days: Math.abs(days) })}</Table.Td>
                <Table.Td>
                  <CategoryBadge status={pkg.status} dueDate={pkg.dueDate} category={pkg.category} today={today} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
