import { Anchor, Button, Group, Table, Title } from '@mantine/core';
import { can } from '@mandate/domain';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../../components/EmptyTableRow';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useCurrentUser } from '../../auth';
import { planQueries } from '../api/plans.queries';

export function PlansPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const plans = useQuery(planQueries.list());
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('plans.title')}
        </Title>
        {can(user.role, 'plans.import') && (
          <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
            {t('plans.importAction')}
          </Button>
        )}
      </Group>
      {plans.isError ? (
        <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.isPending ? (
        <TableSkeleton columns={3} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover aria-label={t('plans.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('plans.number')}</Table.Th>
                <Table.Th>{t('plans.planTitle')}</Table.Th>
                <Table.Th w={140}>{t('plans.planYear')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.length === 0 && <EmptyTableRow columns={3}>{t('plans.empty')}</EmptyTableRow>}
              {plans.data.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/plans/${plan.id}`}>
                      {plan.number ?? t('plans.unknown')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{plan.title}</Table.Td>
                  <Table.Td>{plan.planYear ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
