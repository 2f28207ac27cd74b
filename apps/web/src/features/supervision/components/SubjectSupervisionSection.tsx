import { Button, Card, Group, Skeleton, Title } from '@mantine/core';
import { can, todayIn } from '@mandate/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCurrentUser } from '../../auth';
import { supervisionQueries } from '../api/supervision.queries';
import { useAddresseeName } from '../use-addressee-name';
import { type FixedSubject, RaiseSupervisionDialog } from './RaiseSupervisionDialog';
import { SupervisionTable } from './SupervisionTable';

/** "Yêu cầu giám sát" on a package or indicator page: its requests (those the reader may see) and, for the HĐND, raising one. */
export function SubjectSupervisionSection({ subject }: { subject: FixedSubject }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [raising, setRaising] = useState(false);
  const addresseeName = useAddresseeName();
  const readable = can(user.role, 'supervision.read');
  const list = useQuery({ ...supervisionQueries.list({ subjectId: subject.id }), enabled: readable });
  if (!readable) return null;
  const canRaise = can(user.role, 'supervision.raise');
  return (
    <Card withBorder component="section" aria-labelledby={`supervision-${subject.id}`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={`supervision-${subject.id}`}>
          {t('supervision.sectionTitle')}
        </Title>
        {canRaise && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setRaising(true)}>
            {t('supervision.raise')}
          </Button>
        )}
      </Group>
      {list.isError ? (
        <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Skeleton h={80} />
      ) : (
        <SupervisionTable requests={list.data} today={todayIn(new Date())} addresseeName={addresseeName} showSubject={false} />
      )}
      {canRaise && <RaiseSupervisionDialog opened={raising} onClose={() => setRaising(false)} subject={subject} />}
    </Card>
  );
}
