import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatDateTime } from '../../../lib/format';
import { describeAuditEvent } from '../../audit/audit-describe';
import { useDescribeContext } from '../../audit/use-describe-context';
import { workPackageQueries } from '../api/work-package.queries';

/** The package's history as events people read: who, when (Hà Nội time), what, with reasons and decisions in full. */
export function HistorySection({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useQuery(workPackageQueries.history(id));
  const ctx = useDescribeContext();
  return (
    <Card withBorder component="section" aria-labelledby="wp-history">
      <Title order={2} size="h4" id="wp-history" mb="sm">
        {t('workPackages.history.title')}
      </Title>
      {history.isError ? (
        <QueryErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending ? (
        <TableSkeleton columns={3} />
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workPackages.history.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {history.data.map((event) => {
            const { title, lines } = describeAuditEvent(event, ctx);
            return (
              <li key={event.id} data-testid="history-event" style={{ borderLeft: '3px solid var(--mantine-color-default-border)', paddingLeft: 12 }}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(event.occurredAt)} · {event.actorName || event.actorUsername || t('audit.system')}
                  </Text>
                </Group>
                {lines.map((line, index) => (
                  <Text key={index} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <Text span fw={500} inherit>
                      {line.label}:
                    </Text>{' '}
                    {line.text}
                  </Text>
                ))}
              </li>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
