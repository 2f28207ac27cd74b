import { Anchor, Table, Text } from '@mantine/core';
import type { SupervisionRequest } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useSupervisionLabels } from '../labels';
import { SupervisionBadges } from './SupervisionBadges';

interface SupervisionTableProps {
  requests: readonly SupervisionRequest[];
  today: string;
  addresseeName: (departmentId: string | null) => string;
  /** Hidden where every row has the same subject (a package's own list). */
  showSubject?: boolean;
}

export function SupervisionTable({ requests, today, addresseeName, showSubject = true }: SupervisionTableProps) {
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  if (requests.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        {t('supervision.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t('supervision.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supervision.columns.request')}</Table.Th>
            {showSubject && <Table.Th>{t('supervision.columns.subject')}</Table.Th>}
            <Table.Th>{t('supervision.columns.addressee')}</Table.Th>
            <Table.Th>{t('supervision.columns.dueDate')}</Table.Th>
            <Table.Th>{t('supervision.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td maw={360}>
                <Anchor component={Link} to={`/supervision/${request.id}`} size="sm" fw={500}>
                  {labels.kind(request.kind)}
                </Anchor>
                <Text size="sm" lineClamp={2}>
                  {request.content}
                </Text>
              </Table.Td>
              {showSubject && (
                <Table.Td maw={280}>
                  <Text size="xs" c="dimmed">
                    {labels.subject(request.subject.type)}
                  </Text>
                  <Text size="sm" lineClamp={2}>
                    {request.subject.title}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{addresseeName(request.addresseeDepartmentId)}</Table.Td>
              <Table.Td>
                {formatDate(request.dueDate)}
                {request.round > 1 && (
                  <Text size="xs" c="dimmed">
                    {t('supervision.round', { round: request.round })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SupervisionBadges request={request} today={today} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
