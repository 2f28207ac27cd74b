import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { HomeRequests } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { SupervisionBadges, useAddresseeName, useSupervisionLabels } from '../../supervision';
import { HomeBlock } from './HomeBlock';

interface RequestBlockProps {
  title: string;
  requests: HomeRequests;
  today: string;
  /** Shown where the requests go to more than one addressee (the UBND's and the HĐND's homes). */
  showAddressee: boolean;
  testId: string;
}

/** Supervision requests waiting for an answer, overdue first, each a link to its thread. */
export function RequestBlock({ title, requests, today, showAddressee, testId }: RequestBlockProps) {
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  const addresseeName = useAddresseeName();
  return (
    <HomeBlock
      testId={testId}
      title={title}
      count={requests.count}
      items={requests.items}
      itemKey={(request) => request.id}
      color="indigo"
      empty={t('home.requests.none')}
      more={{ to: '/supervision', label: t('home.requests.openRegister') }}
      badges={
        requests.overdue > 0 && (
          <Badge color="red" size="lg" variant="light" style={{ textTransform: 'none' }} data-testid={`${testId}-overdue`}>
            {t('home.requests.overdue', { n: requests.overdue })}
          </Badge>
        )
      }
      renderItem={(request) => (
        <>
          <Anchor component={Link} to={`/supervision/${request.id}`} size="sm" lineClamp={2}>
            {labels.kind(request.kind)}: {request.subject.title}
          </Anchor>
          <Group gap="xs" mt={2}>
            <SupervisionBadges request={request} today={today} />
            <Text size="xs" c="dimmed">
              {t('home.requests.due', { date: formatDate(request.dueDate) })}
            </Text>
            {showAddressee && (
              <Text size="xs" c="dimmed">
                {addresseeName(request.addresseeDepartmentId)}
              </Text>
            )}
          </Group>
        </>
      )}
    />
  );
}
