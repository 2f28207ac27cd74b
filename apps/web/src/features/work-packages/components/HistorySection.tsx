import { Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatDateTime } from '../../../lib/format';
import { AuditDiff } from '../../audit/components/AuditDiff';
import { workPackageQueries } from '../api/work-package.queries';

export function HistorySection({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useQuery(workPackageQueries.history(id));
  return (
    <Card withBorder component="section" aria-labelledby="wp-history">
      <Title order={2} size="h4" id="wp-history" mb="sm">
        {t('workPackages.history.title')}
      </Title>
      {history.isError ? (
        <QueryErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending ? (
        <TableSkeleton columns={4} />
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workPackages.history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('workPackages.history.when')}</Table.Th>
                <Table.Th w={140}>{t('workPackages.history.who')}</Table.Th>
                <Table.Th w={150}>{t('workPackages.history.what')}</Table.Th>
                <Table.Th>{t('workPackages.history.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{formatDateTime(event.occurredAt)}</Table.Td>
                  <Table.Td>{event.actorUsername ?? t('audit.system')}</Table.Td>
                  <Table.Td>{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</Table.Td>
                  <Table.Td>
                    <AuditDiff before={event.before} after={event.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
