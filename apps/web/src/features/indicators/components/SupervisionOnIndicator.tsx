import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { can, type Page, SUPERVISION_KIND_LABELS, SUPERVISION_STATUS_LABELS, type SupervisionRequest } from '@mandate/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { apiFetch } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth';
import { indicatorKeys } from '../api/indicator.queries';

const supervisionOnIndicator = (indicatorId: string) =>
  queryOptions({
    queryKey: [...indicatorKeys.detail(indicatorId), 'supervision'] as const,
    queryFn: ({ signal }) => apiFetch<Page<SupervisionRequest>>('/supervision-requests', { query: { subjectId: indicatorId, limit: 50 }, signal }),
    select: (page) => page.items,
  });

/** The HĐND's supervision requests about this indicator (`GET /api/supervision-requests?subjectId=`), for the roles that read them. */
export function SupervisionOnIndicator({ indicatorId }: { indicatorId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const user = useCurrentUser();
  const allowed = can(user.role, 'supervision.read');
  const requests = useQuery({ ...supervisionOnIndicator(indicatorId), enabled: allowed });
  if (!allowed) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="indicator-supervision">
      <Title order={2} size="h4" id="indicator-supervision">
        {t('indicators.detail.supervision')}
      </Title>
      {requests.isError && <QueryErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('indicators.detail.noSupervision')}
        </Text>
      )}
      {requests.data?.map((r) => (
        <Group key={r.id} gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="light" style={{ textTransform: 'none', flexShrink: 0 }}>
            {SUPERVISION_KIND_LABELS[r.kind][lang]}
          </Badge>
          <Stack gap={0}>
            <Text size="sm">{r.content}</Text>
            <Text size="xs" c="dimmed">
              {SUPERVISION_STATUS_LABELS[r.status][lang]} · {formatDate(r.dueDate)} · {r.raisedByName}
            </Text>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
