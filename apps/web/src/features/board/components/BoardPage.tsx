import { ActionIcon, Badge, Box, Group, NativeSelect, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { BOARD_NO_ITEM_KEY, type BoardCard, type BoardColumn, DEADLINE_CATEGORIES, todayIn, type WorkPackageStatus } from '@mandate/domain';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useSearchParamState } from '../../../lib/use-search-param-state';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { clearedDepartment } from '../../work-packages/own-department';
import { planQueries } from '../../plans/api/plans.queries';
import { useTransitionWorkPackage } from '../../work-packages/api/use-transition-work-package';
import type { TransitionDetails } from '../../work-packages/components/TransitionDialog';
import { useDomainLabels } from '../../work-packages/labels';
import { boardQueries } from '../api/board.queries';
import { boardFiltersOf, boardQueryOf } from '../board-query';
import { canDropOn, isStatusKey, moveRequirement } from '../board-moves';
import { BoardColumnView, type DropState, listHeightOf } from './BoardColumnView';

// Asked for only when a move needs a reason or a report: the board's first screen does not wait for dialogs.
const TransitionDialog = lazy(async () => ({ default: (await import('../../work-packages/components/TransitionDialog')).TransitionDialog }));
const CompletionDialog = lazy(async () => ({ default: (await import('../../work-packages/components/CompletionDialog')).CompletionDialog }));

/** Height of a column's card list: the columns fill the window below the filters, so the board's horizontal scrollbar stays in view. */
const COLUMN_HEIGHT = 'max(320px, calc(100dvh - 330px))';
/** The same in px, before layout: the columns' first render draws just the cards that fill them. */
const columnHeightPx = (): number => Math.max(320, window.innerHeight - 330);
/** At most this tall (px) in a swimlane, so several lanes fit on a screen. */
const LANE_COLUMN_HEIGHT = 360;

interface PendingMove {
  card: BoardCard;
  to: WorkPackageStatus;
  requires: 'reason' | 'report';
}

interface Lane {
  key: string;
  title: string | null;
  columns: BoardColumn[];
}

const laneCount = (lane: Lane): number => lane.columns.reduce((n, column) => n + column.count, 0);

export function BoardPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const [params, setParam] = useSearchParamState();
  const today = todayIn(new Date());

  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const filters = boardFiltersOf(params, user);
  const { lanes, departmentId, category, q } = filters;
  const [search, setSearch] = useState(q);


  // The search box writes to the URL after a pause, so typing does not refetch on every key.
  useEffect(() => {
    const handle = setTimeout(() => {
      if (search.trim() !== q) setParam('q', search.trim() || null);
    }, 300);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  // The API owns every filter, the counts and the swimlanes: the page asks for every card in one call (the columns
  // draw only what is in view) and shows what it sends, patched by optimistic moves and live updates.
  const board = useQuery({
    ...boardQueries.board(boardQueryOf(planId ?? '', filters)),
    enabled: planId !== null,
  });
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  // The board names each lead department once; the catalogue fills the filter.
  const departmentNames = useMemo(
    () => new Map([...(departments.data ?? []).map((d): [string, string] => [d.id, d.name]), ...(board.data?.departments ?? []).map((d): [string, string] => [d.id, d.name])]),
    [departments.data, board.data?.departments],
  );
  const departmentName = useCallback((id: string) => departmentNames.get(id) ?? '', [departmentNames]);
  const compact = params.get('compact') === '1';
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggleLane = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const move = useTransitionWorkPackage();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);

  const startMove = (card: BoardCard, to: WorkPackageStatus) => {
    setDragging(null);
    const requires = moveRequirement(card.status, to);
    if (requires) setPending({ card, to, requires });
    else move.mutate({ id: card.id, version: card.version, to });
  };

  const confirmPending = (details: TransitionDetails) => {
    if (!pending) return;
    move.mutate({ id: pending.card.id, version: pending.card.version, to: pending.to, ...details });
    setPending(null);
  };

  const dropOn = (columnKey: string) => {
    const card = dragging;
    setDragging(null);
    if (card && isStatusKey(columnKey) && canDropOn(user, card, columnKey)) startMove(card, columnKey);
  };

  // The columns and cards are memoised: their callbacks keep one identity and call the latest handlers.
  const handlers = useRef({ startMove, dropOn });
  useEffect(() => {
    handlers.current = { startMove, dropOn };
  });
  const onMove = useCallback((card: BoardCard, to: WorkPackageStatus) => handlers.current.startMove(card, to), []);
  const onDrop = useCallback((columnKey: string) => handlers.current.dropOn(columnKey), []);
  const onDragEnd = useCallback(() => setDragging(null), []);

  // A dragged card can leave the DOM (its column scrolls it out of view): the drag still ends for the page.
  useEffect(() => {
    if (!dragging) return;
    const end = () => setDragging(null);
    window.addEventListener('dragend', end);
    window.addEventListener('drop', end);
    return () => {
      window.removeEventListener('dragend', end);
      window.removeEventListener('drop', end);
    };
  }, [dragging]);

  const dropState = (columnKey: string): DropState => (dragging ? (canDropOn(user, dragging, columnKey) ? 'accept' : 'disabled') : 'idle');

  const laneList: Lane[] = useMemo(() => {
    const labelled = (columns: BoardColumn[]): BoardColumn[] => columns.map((column) => ({ ...column, title: isStatusKey(column.key) ? labels.status(column.key) : column.title }));
    return board.data?.lanes
      ? board.data.lanes.map((lane) => ({ key: lane.key, title: lanes === 'item' && lane.key === BOARD_NO_ITEM_KEY ? t('board.noItem') : lane.title, columns: labelled(lane.columns) }))
      : [{ key: 'all', title: null, columns: labelled(board.data?.columns ?? []) }];
  }, [board.data, lanes, labels, t]);
  return (
    <>
      <Title order={1} size="h3" mb="md">
        {t('board.title')}
      </Title>
      <Group mb="md" align="flex-end" gap="sm">
        {/* Native selects: the board's first load stays under its JavaScript budget, and phones get their own pickers. */}
        <NativeSelect
          label={t('board.plan')}
          w={320}
          maw="100%"
          data={planId === null ? [{ value: '', label: t('board.noPlans'), disabled: true }] : (plans.data ?? []).map((p) => ({ value: p.id, label: p.number ? `${p.number} — ${p.title}` : p.title }))}
          value={planId ?? ''}
          onChange={(e) => setParam('plan', e.currentTarget.value || null)}
        />
        <NativeSelect
          label={t('board.department')}
          w={240}
          maw="100%"
          data={[{ value: '', label: t('common.all') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          value={departmentId ?? ''}
          onChange={(e) => setParam('department', e.currentTarget.value || clearedDepartment(user))}
        />
        <NativeSelect
          label={t('board.category')}
          w={240}
          maw="100%"
          data={[{ value: '', label: t('common.all') }, ...DEADLINE_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))]}
          value={category ?? ''}
          onChange={(e) => setParam('category', e.currentTarget.value || null)}
        />
        <TextInput label={t('board.search')} w={220} maw="100%" leftSection={<IconSearch size={14} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('board.lanes')}
          </Text>
          <SegmentedControl
            aria-label={t('board.lanes')}
            value={lanes}
            onChange={(value) => setParam('lanes', value === 'none' ? null : value)}
            data={[
              { value: 'none', label: t('board.lanesNone') },
              { value: 'department', label: t('board.lanesDepartment') },
              { value: 'item', label: t('board.lanesItem') },
            ]}
          />
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('board.cards')}
          </Text>
          <SegmentedControl
            aria-label={t('board.cards')}
            value={compact ? 'compact' : 'full'}
            onChange={(value) => setParam('compact', value === 'compact' ? '1' : null)}
            data={[
              { value: 'full', label: t('board.cardsFull') },
              { value: 'compact', label: t('board.cardsCompact') },
            ]}
          />
        </Stack>
      </Group>

      {plans.isError ? (
        <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.isSuccess && plans.data.length === 0 ? (
        <Text c="dimmed">{t('board.noPlans')}</Text>
      ) : board.isError ? (
        <QueryErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : !board.data ? (
        <Group align="flex-start" wrap="nowrap" gap={8} style={{ overflow: 'hidden' }}>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} h={240} style={{ flex: '1 0 176px' }} />
          ))}
        </Group>
      ) : (
        <Stack gap={lanes === 'none' ? 0 : 'sm'}>
          {laneList.map((lane) => {
            const isCollapsed = collapsed.has(lane.key);
            const total = laneCount(lane);
            const laneHeightPx = listHeightOf(Math.max(...lane.columns.map((c) => c.cards.length)), compact, LANE_COLUMN_HEIGHT);
            const listHeightPx = lane.title === null ? columnHeightPx() : laneHeightPx;
            const listHeight = lane.title === null ? COLUMN_HEIGHT : `${laneHeightPx}px`;
            return (
              <section key={lane.key} aria-label={lane.title ?? undefined} data-testid="board-lane">
                {lane.title !== null && (
                  <Group gap={6} mb={6} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      onClick={() => toggleLane(lane.key)}
                      aria-expanded={!isCollapsed}
                      aria-label={t(isCollapsed ? 'board.expandLane' : 'board.collapseLane', { title: lane.title })}
                    >
                      {isCollapsed ? <IconChevronRight size={16} /> : <IconChevronDown size={16} />}
                    </ActionIcon>
                    <Title order={2} size="h5" lineClamp={1} style={{ cursor: 'pointer' }} onClick={() => toggleLane(lane.key)}>
                      {lane.title}
                    </Title>
                    <Badge variant="light" data-testid="lane-count" aria-label={t('board.laneCount', { n: formatNumber(total) })} style={{ flexShrink: 0 }}>
                      {formatNumber(total)}
                    </Badge>
                  </Group>
                )}
                {!isCollapsed && (
                  <Box data-testid="board-columns" style={{ overflowX: 'auto' }} pb={4}>
                    <Group align="flex-start" wrap="nowrap" gap={8}>
                      {lane.columns.map((column) => (
                        <BoardColumnView
                          key={column.key}
                          columnKey={column.key}
                          title={column.title}
                          count={column.count}
                          cards={column.cards}
                          dropState={dropState(column.key)}
                          departmentName={departmentName}
                          today={today}
                          actor={user}
                          compact={compact}
                          listHeight={listHeight}
                          listHeightPx={listHeightPx}
                          onMove={onMove}
                          onDragStart={setDragging}
                          onDragEnd={onDragEnd}
                          onDrop={onDrop}
                        />
                      ))}
                    </Group>
                  </Box>
                )}
              </section>
            );
          })}
        </Stack>
      )}
      {pending && (
        <Suspense fallback={null}>
          <TransitionDialog move={pending.requires === 'reason' ? { title: pending.card.title, to: pending.to, requires: 'reason' } : null} onSubmit={confirmPending} onClose={() => setPending(null)} />
          <CompletionDialog target={pending.requires === 'report' ? { id: pending.card.id, title: pending.card.title } : null} onSubmit={confirmPending} onClose={() => setPending(null)} />
        </Suspense>
      )}
    </>
  );
}
