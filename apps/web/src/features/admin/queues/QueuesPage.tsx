import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { queueQueries, useRetryJob } from './api/queues.queries';

const COUNTS = ['waiting', 'delayed', 'active', 'completed', 'failed'] as const;

/** "Hàng đợi tác vụ": job counts per queue and the latest failures, each retryable. Refreshes every 10 s. */
export function QueuesPage() {
  const { t } = useTranslation();
  const query = useQuery(queueQueries.overview());
  const retry = useRetryJob();

  const retryJob = (queue: string, jobId: string) =>
    retry.mutate({ queue, jobId }, { onSuccess: () => notifySuccess(t('queues.retried')), onError: (error) => notifyError(errorMessage(t, error)) });

  return (
    <Stack gap="lg">
      <Title order={2}>{t('queues.title')}</Title>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending ? (
        <TableSkeleton rows={2} columns={6} />
      ) : query.data ? (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder aria-label={t('queues.countsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('queues.queue')}</Table.Th>
                  {COUNTS.map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`queues.counts.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.queues.map((q) => (
                  <Table.Tr key={q.name}>
                    <Table.Td>{t(`queues.names.${q.name}`, { defaultValue: q.name })}</Table.Td>
                    {COUNTS.map((c) => (
                      <Table.Td key={c} ta="right">
                        {q[c]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3}>{t('queues.failures')}</Title>
          {query.data.failures.length === 0 ? (
            <Text c="dimmed">{t('queues.noFailures')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table withTableBorder aria-label={t('queues.failures')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('queues.job')}</Table.Th>
                    <Table.Th>{t('queues.reason')}</Table.Th>
                    <Table.Th ta="right">{t('queues.attempts')}</Table.Th>
                    <Table.Th>{t('queues.failedAt')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.failures.map((f) => {
                    const job = t(`queues.jobs.${f.name}`, { defaultValue: f.name });
                    const queue = t(`queues.names.${f.queue}`, { defaultValue: f.queue });
                    const failedAt = formatDateTime(new Date(f.timestamp));
                    return (
                      <Table.Tr key={`${f.queue}/${f.id}`}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {job}
                          </Text>
                          <Text size="xs" c="dimmed">{queue}</Text>
                        </Table.Td>
                        <Table.Td>
                          {/* The worker's own words are technical and English: kept for the administrator, folded away. */}
                          <Text component="details" size="sm" style={{ wordBreak: 'break-word' }}>
                            <summary>{t('queues.failedTechnical')}</summary>
                            {f.failedReason}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{f.attemptsMade}</Table.Td>
                        <Table.Td>{failedAt}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={() => retryJob(f.queue, f.id)} aria-label={t('queues.retryJob', { job, queue, failedAt })}>
                            {t('queues.retry')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      ) : null}
    </Stack>
  );
}
