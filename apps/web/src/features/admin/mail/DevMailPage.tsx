import { ActionIcon, Alert, Code, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatDateTime } from '../../../lib/format';
import type { CaughtMail } from '@mandate/domain';
import { isMailUnavailable } from './api/mail.api';
import { mailQueries } from './api/mail.queries';

/** "Thư đã gửi (môi trường thử)": what the local mail catcher received, newest first, each body behind a toggle. Refreshes every 15 s. */
export function DevMailPage() {
  const { t } = useTranslation();
  const query = useQuery(mailQueries.list());

  return (
    <Stack gap="lg">
      <Title order={2}>{t('mail.title')}</Title>
      {isMailUnavailable(query.error) ? (
        <Alert color="gray" role="status" icon={<IconInfoCircle size={18} />} title={t('mail.notAvailableTitle')}>
          {t('mail.notAvailable')}
        </Alert>
      ) : (
        <>
          <Text c="dimmed" size="sm">
            {t('mail.intro')}
          </Text>
          {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
          {query.isPending ? <TableSkeleton rows={3} columns={4} /> : query.data ? <MailTable items={query.data} /> : null}
        </>
      )}
    </Stack>
  );
}

function MailTable({ items }: { items: CaughtMail[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (items.length === 0) return <Text c="dimmed">{t('mail.empty')}</Text>;

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table withTableBorder aria-label={t('mail.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40} />
          <Table.Th>{t('mail.receivedAt')}</Table.Th>
          <Table.Th>{t('mail.to')}</Table.Th>
          <Table.Th>{t('mail.subject')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((mail) => {
          const expanded = open.has(mail.id);
          const subject = mail.subject?.trim() || t('mail.noSubject');
          const bodyId = `caught-mail-${mail.id}`;
          return (
            <Fragment key={mail.id}>
              <Table.Tr>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => toggle(mail.id)}
                    aria-expanded={expanded}
                    aria-controls={expanded ? bodyId : undefined}
                    aria-label={t(expanded ? 'mail.hideBody' : 'mail.showBody', { subject })}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(mail.receivedAt)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{mail.to.join(', ')}</Table.Td>
                <Table.Td>{subject}</Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr id={bodyId}>
                  <Table.Td />
                  <Table.Td colSpan={3}>
                    {mail.text ? (
                      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                        {mail.text}
                      </Code>
                    ) : (
                      <Text c="dimmed" size="sm">
                        {t('mail.emptyBody')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
