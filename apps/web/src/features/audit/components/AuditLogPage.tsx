import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditAction, type AuditEvent, endOfDayUtc, parseDateVi, startOfDayUtc } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { EmptyTableRow } from '../../../components/EmptyTableRow';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatDateTime } from '../../../lib/format';
import type { AuditListFilters } from '../api/audit.api';
import { auditQueries } from '../api/audit.queries';
import { auditEntityLabel, type DescribeContext, describeAuditEvent } from '../audit-describe';
import { useDescribeContext } from '../use-describe-context';
import { type AuditFilterValues, AuditFilters, EMPTY_AUDIT_FILTERS } from './AuditFilters';

const FILTER_KEYS = Object.keys(EMPTY_AUDIT_FILTERS) as (keyof AuditFilterValues)[];

const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

const readFilters = (params: URLSearchParams): AuditFilterValues => {
  const action = params.get('action') ?? '';
  return {
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    actorId: params.get('actorId') ?? '',
    action: isAuditAction(action) ? action : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
};

const toApiFilters = (values: AuditFilterValues): AuditListFilters => {
  const from = parseDateVi(values.from);
  const to = parseDateVi(values.to);
  return {
    entityType: values.entityType || undefined,
    entityId: values.entityId || undefined,
    actorId: values.actorId || undefined,
    action: values.action || undefined,
    from: from ? startOfDayUtc(from).toISOString() : undefined,
    to: to ? endOfDayUtc(to).toISOString() : undefined,
  };
};

const ACTION_COLORS: Partial<Record<AuditAction, string>> = { create: 'teal', update: 'blue', delete: 'red', transition: 'violet', import: 'indigo', confirm: 'cyan' };

function AuditEventText({ event, ctx }: { event: AuditEvent; ctx: DescribeContext }) {
  const { title, lines } = describeAuditEvent(event, ctx);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {lines.map((line, index) => (
        <Text key={index} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} inherit>
            {line.label}:
          </Text>{' '}
          {line.text}
        </Text>
      ))}
    </Stack>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => readFilters(params), [params]);
  const filters = useMemo(() => toApiFilters(values), [values]);
  const pages = useCursorPages(params.toString());
  const events = useQuery(auditQueries.list(filters, pages.cursor));

  const people = useQuery(auditQueries.actors());
  const actors = (people.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  const ctx = useDescribeContext();
  // Filtering by a record is a click on its row: nobody types an id.
  const filterByRecord = (entityType: string, entityId: string) => apply({ ...values, entityType, entityId });

  const apply = (next: AuditFilterValues) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]);
    setParams(search);
  };

  return (
    <>
      <Title order={1} size="h3" mb="md">
        {t('audit.title')}
      </Title>
      <AuditFilters key={params.toString()} value={values} onApply={apply} actors={actors} />
      {events.isError ? (
        <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.isPending ? (
        <TableSkeleton columns={5} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }} aria-busy={events.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t('audit.time')}</Table.Th>
                  <Table.Th w={160}>{t('audit.actor')}</Table.Th>
                  <Table.Th w={140}>{t('audit.action')}</Table.Th>
                  <Table.Th w={200}>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.length === 0 && <EmptyTableRow columns={5}>{t('audit.empty')}</EmptyTableRow>}
                {events.data.items.map((e) => (
                  <Table.Tr key={e.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
                    <Table.Td>{e.actorName || e.actorUsername || <Text span c="dimmed" size="sm">{t('audit.system')}</Text>}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={ACTION_COLORS[e.action] ?? 'gray'} radius="sm">
                        {t(`audit.actions.${e.action}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{auditEntityLabel(t, e.entityType)}</Text>
                      {e.entityId && (
                        <Group gap={4}>
                          {e.entityType === 'work_package' && (
                            <Anchor component={Link} to={`/work-packages/${e.entityId}`} size="xs">
                              {t('packageHistory.openPackage')}
                            </Anchor>
                          )}
                          {values.entityId !== e.entityId && (
                            <Button size="compact-xs" variant="subtle" onClick={() => filterByRecord(e.entityType, e.entityId ?? '')}>
                              {t('packageHistory.sameRecord')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <AuditEventText event={e} ctx={ctx} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pages={pages} nextCursor={events.data.nextCursor} busy={events.isPlaceholderData} />
        </>
      )}
    </>
  );
}
