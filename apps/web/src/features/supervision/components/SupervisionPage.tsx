import { Button, Card, Group, Select, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { can, isSupervisionKind, isSupervisionStatus, SUPERVISION_KINDS, SUPERVISION_STATUSES, type SupervisionStatus, todayIn } from '@mandate/domain';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSearchParamState, useSearchParamText } from '../../../lib/use-search-param-state';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import type { SupervisionListFilters } from '../api/supervision.api';
import { supervisionQueries } from '../api/supervision.queries';
import { useSupervisionLabels } from '../labels';
import { useAddresseeName } from '../use-addressee-name';
import { RaiseSupervisionDialog } from './RaiseSupervisionDialog';
import { ResponseDaysSettings } from './ResponseDaysSettings';
import { SupervisionTable } from './SupervisionTable';

/** The HĐND's inbox of requests it raised; for the UBND and departments, the requests they have to answer. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  const user = useCurrentUser();
  const today = todayIn(new Date());
  const canRaise = can(user.role, 'supervision.raise');
  const isDepartment = user.role === 'department';
  // The filters live in the URL, so a reload or a shared link keeps them. Those who answer see the open requests
  // unless they chose otherwise (`status=all` is their "every status").
  const [params, setParam] = useSearchParamState();
  const defaultStatus: SupervisionStatus | null = canRaise ? null : 'open';
  const statusParam = params.get('status');
  const status = statusParam === 'all' ? null : isSupervisionStatus(statusParam) ? statusParam : defaultStatus;
  const setStatus = (value: SupervisionStatus | null) => setParam('status', value === defaultStatus ? null : (value ?? 'all'));
  const kindParam = params.get('kind');
  const kind = isSupervisionKind(kindParam) ? kindParam : null;
  const addressee = params.get('addressee');
  const overdue = params.get('overdue') === '1';
  const [search, setSearch, q] = useSearchParamText('q');
  const [raising, setRaising] = useState(false);
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const addresseeName = useAddresseeName();

  const filters: SupervisionListFilters = {
    ...(status ? { status } : {}),
    ...(kind ? { kind } : {}),
    ...(addressee ? { addresseeDepartmentId: addressee } : {}),
    ...(overdue ? { overdue: 'true' as const } : {}),
    ...(q ? { q } : {}),
  };
  const list = useQuery(supervisionQueries.list(filters));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h3">
            {t(canRaise ? 'supervision.inboxTitle' : 'supervision.toAnswerTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(canRaise ? 'supervision.inboxHint' : isDepartment ? 'supervision.toAnswerHintDepartment' : 'supervision.toAnswerHint')}
          </Text>
        </div>
        {canRaise && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setRaising(true)}>
            {t('supervision.raise')}
          </Button>
        )}
      </Group>
      <Card withBorder padding="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('supervision.filters.search')}
            placeholder={t('supervision.filters.searchPlaceholder')}
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label={t('supervision.filters.status')}
            placeholder={t('supervision.filters.all')}
            data={SUPERVISION_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            value={status}
            onChange={(v) => setStatus(v as SupervisionStatus | null)}
            clearable
            w={{ base: '100%', sm: 170 }}
          />
          <Select
            label={t('supervision.filters.kind')}
            placeholder={t('supervision.filters.all')}
            data={SUPERVISION_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
            value={kind}
            onChange={(v) => setParam('kind', v)}
            clearable
            w={{ base: '100%', sm: 200 }}
          />
          {!isDepartment && (
            <Select
              label={t('supervision.filters.addressee')}
              placeholder={t('supervision.filters.all')}
              data={[{ value: 'ubnd', label: t('supervision.ubnd') }, ...(departments.data ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))]}
              value={addressee}
              onChange={(v) => setParam('addressee', v)}
              searchable
              clearable
              w={{ base: '100%', sm: 260 }}
            />
          )}
          <Switch label={t('supervision.filters.overdue')} checked={overdue} onChange={(e) => setParam('overdue', e.currentTarget.checked ? '1' : null)} mb={6} />
        </Group>
      </Card>
      <Card withBorder padding="sm">
        {list.isError ? (
          <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <Skeleton h={200} />
        ) : (
          <SupervisionTable requests={list.data} today={today} addresseeName={addresseeName} />
        )}
      </Card>
      {can(user.role, 'settings.manage') && <ResponseDaysSettings />}
      {canRaise && <RaiseSupervisionDialog opened={raising} onClose={() => setRaising(false)} />}
    </Stack>
  );
}
