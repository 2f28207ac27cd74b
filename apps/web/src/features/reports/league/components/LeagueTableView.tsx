import { Anchor, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { DEADLINE_CATEGORIES, type DeadlineCategory, type LeagueRow } from '@mandate/domain';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../lib/format';
import { useDomainLabels } from '../../../work-packages/labels';

type SortKey = 'rank' | 'department' | 'total' | 'onTimeRate' | 'overdueRate' | 'avgDaysLate' | 'requestsOnTimeRate' | DeadlineCategory;
const HIGHER_IS_BETTER: readonly SortKey[] = ['onTimeRate', 'requestsOnTimeRate'];

/** Nothing (null) sorts after every number, whichever the direction. */
const compareNullable = (a: number | null, b: number | null, direction: 1 | -1): number => {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * direction;
};

/** The change of rank against the previous window: a smaller rank number is a move up. */
function RankChange({ row }: { row: LeagueRow }) {
  const { t } = useTranslation();
  if (!row.previous || row.due === 0) return <Text size="sm" c="dimmed">{t('league.change.new')}</Text>;
  const up = row.previous.rank - row.rank;
  if (up === 0) return <Text size="sm" c="dimmed">{t('league.change.same')}</Text>;
  return (
    <Group gap={2} wrap="nowrap" c={up > 0 ? 'green' : 'red'} aria-label={t(up > 0 ? 'league.change.up' : 'league.change.down', { n: Math.abs(up) })}>
      {up > 0 ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />}
      <Text size="sm" inherit>
        {Math.abs(up)}
      </Text>
    </Group>
  );
}

/** A rate with its change in percentage points against the previous window. */
function RateCell({ rate, previous, goodWhenHigher }: { rate: number | null; previous: number | null | undefined; goodWhenHigher: boolean }) {
  const { t } = useTranslation();
  const delta = rate !== null && previous !== null && previous !== undefined ? Math.round((rate - previous) * 1000) / 10 : null;
  return (
    <>
      <Text size="sm" fw={600} span>
        {rate === null ? '—' : formatPercent(rate * 100)}
      </Text>
      {delta !== null && delta !== 0 && (
        <Text size="xs" span ml={4} c={delta > 0 === goodWhenHigher ? 'green' : 'red'} title={t('league.change.points')}>
          {delta > 0 ? '+' : '−'}
          {formatNumber(Math.abs(delta))}
        </Text>
      )}
    </>
  );
}

interface LeagueTableViewProps {
  rows: readonly LeagueRow[];
  departmentName: (id: string) => string;
  /** Opens the packages behind one number (a category, or every package of the row with null). */
  onDrill?: (row: LeagueRow, category: DeadlineCategory | null) => void;
  /** Opens the supervision requests behind the row's "answered on time" figure. */
  onDrillRequests?: (row: LeagueRow) => void;
  /** Leaves the per-category counts and the supervision column out (the home page's short table). */
  compact?: boolean;
}

/** The league table, sortable by every column; the rank always comes from the API's rule. */
export function LeagueTableView({ rows, departmentName, onDrill, onDrillRequests, compact = false }: LeagueTableViewProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const [sort, setSort] = useState<{ key: SortKey; direction: 1 | -1 }>({ key: 'rank', direction: 1 });

  const valueOf = (row: LeagueRow, key: SortKey): number | null => {
    if (key === 'rank' || key === 'total' || key === 'onTimeRate' || key === 'overdueRate' || key === 'avgDaysLate' || key === 'requestsOnTimeRate') return row[key];
    if (key === 'department') return null;
    return row.byCategory[key];
  };
  const sorted = [...rows].sort((a, b) =>
    sort.key === 'department' ? departmentName(a.departmentId).localeCompare(departmentName(b.departmentId), 'vi') * sort.direction : compareNullable(valueOf(a, sort.key), valueOf(b, sort.key), sort.direction) || a.rank - b.rank,
  );

  const header = (key: SortKey, label: string, align: 'left' | 'right' = 'right') => (
    <Table.Th key={key} ta={align} aria-sort={sort.key === key ? (sort.direction === 1 ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => setSort((s) => ({ key, direction: s.key === key ? ((-s.direction) as 1 | -1) : HIGHER_IS_BETTER.includes(key) ? -1 : 1 }))} fz="sm" fw={600}>
        <Group gap={2} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          {label}
          {sort.key === key ? sort.direction === 1 ? <IconArrowUp size={12} /> : <IconArrowDown size={12} /> : <IconSelector size={12} />}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
  const count = (row: LeagueRow, category: DeadlineCategory | null, value: number) =>
    onDrill && value > 0 ? (
      <Anchor component="button" type="button" size="sm" onClick={() => onDrill(row, category)} aria-label={t('league.drillLabel', { department: departmentName(row.departmentId), n: value })}>
        {value}
      </Anchor>
    ) : (
      value
    );

  return (
    <Table.ScrollContainer minWidth={compact ? 560 : 1240}>
      <Table striped withTableBorder highlightOnHover data-testid="league-table">
        <Table.Thead>
          <Table.Tr>
            {header('rank', t('league.columns.rank'), 'left')}
            <Table.Th>{t('league.columns.change')}</Table.Th>
            {header('department', t('league.columns.department'), 'left')}
            {header('total', t('league.columns.total'))}
            {!compact && DEADLINE_CATEGORIES.map((c) => header(c, labels.category(c)))}
            {header('onTimeRate', t('league.columns.onTimeRate'))}
            {header('overdueRate', t('league.columns.overdueRate'))}
            {header('avgDaysLate', t('league.columns.avgDaysLate'))}
            {!compact && header('requestsOnTimeRate', t('league.columns.requestsOnTime'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.departmentId} data-testid="league-row">
              <Table.Td fw={700}>{row.due === 0 ? '—' : row.rank}</Table.Td>
              <Table.Td>
                <RankChange row={row} />
              </Table.Td>
              <Table.Td miw={180}>{departmentName(row.departmentId)}</Table.Td>
              <Table.Td ta="right">{count(row, null, row.total)}</Table.Td>
              {!compact &&
                DEADLINE_CATEGORIES.map((c) => (
                  <Table.Td key={c} ta="right" c={c === 'open_overdue' && row.byCategory[c] > 0 ? 'red' : undefined}>
                    {count(row, c, row.byCategory[c])}
                  </Table.Td>
                ))}
              <Table.Td ta="right">
                <RateCell rate={row.onTimeRate} previous={row.previous?.onTimeRate} goodWhenHigher />
              </Table.Td>
              <Table.Td ta="right">
                <RateCell rate={row.overdueRate} previous={row.previous?.overdueRate} goodWhenHigher={false} />
              </Table.Td>
              <Table.Td ta="right">{row.avgDaysLate === null ? '—' : formatNumber(row.avgDaysLate)}</Table.Td>
              {!compact && (
                <Table.Td ta="right" data-testid="league-requests">
                  <RateCell rate={row.requestsOnTimeRate} previous={row.previous?.requestsOnTimeRate} goodWhenHigher />
                  <Text size="xs" c="dimmed">
                    {onDrillRequests && row.requests.total > 0 ? (
                      <Anchor component="button" type="button" size="xs" onClick={() => onDrillRequests(row)} aria-label={t('league.requestsDrillLabel', { department: departmentName(row.departmentId), n: row.requests.total })}>
                        {row.requests.byCategory.done_on_time}/{row.requests.due}
                      </Anchor>
                    ) : (
                      `${row.requests.byCategory.done_on_time}/${row.requests.due}`
                    )}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
