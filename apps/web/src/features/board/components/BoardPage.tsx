import { Group, ScrollArea, SegmentedControl, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { BOARD_NO_ITEM_KEY, type BoardCard, type BoardColumn, DEADLINE_CATEGORIES, type DeadlineCategory, isDeadlineCategory, todayIn, type WorkPackageStatus } from '@mandate/domain';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParamState } from '../../../lib/use-search-param-state';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { clearedDepartment, departmentFilter } from '../../work-packages/own-department';
import { planQueries } from '../../plans/api/plans.queries';
import { useTransitionWorkPackage } from '../../work-packages/api/use-transition-work-package';
import { CompletionDialog } from '../../work-packages/components/CompletionDialog';
import { TransitionDialog, type TransitionDetails } from '../../work-packages/components/TransitionDialog';
import { useDomainLabels } from '../../work-packages/labels';
import { boardQueries } from '../api/board.queries';
import { acceptingColumns, canDropOn, isStatusKey, moveRequirement } from '../board-moves';
import { BoardColumnView, type DropState } from './BoardColumnView';

// The API sends this many cards per column at first and at most MAX_CARD_LIMIT; counts are always complete.
const BOARD_PAGE_SIZE = 50;
const MAX_CARD_LIMIT = 500;

type Lanes = 'none' | 'department' | 'item';
const isLanes = (value: string | null): value is Lanes => value === 'none' || value === 'department' || value === 'item';

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

export function BoardPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const [params, setParam] = useSearchParamState();
  const today = todayIn(new Date());

  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const lanes: Lanes = isLanes(params.get('lanes')) ? (params.get('lanes') as Lanes) : 'none';
  const departmentId = departmentFilter(params.get('department'), user);
  const categoryParam = params.get('category');
  const category: DeadlineCategory | undefined = isDeadlineCategory(categoryParam) ? categoryParam : undefined;
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);


  // The search box writes to the URL after a pause, so typing does not refetch on every key.
  useEffect(() => {
    const handle = setTimeout(() => {
      if (search.trim() !== q) setParam('q', search.trim() || null);
    }, 300);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  // The API owns every filter, the counts and the swimlanes: the page shows what it sends, patched only by optimistic moves.
  const [cardLimit, setCardLimit] = useState(BOARD_PAGE_SIZE);
  const board = useQuery({
    ...boardQueries.board({ planId: planId ?? '', groupBy: 'status', lanes: lanes === 'none' ? undefined : lanes, departmentId, category, q: q || undefined, cardLimit }),
    enabled: planId !== null,
  });
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const departmentName = (id: string) => departmentNames.get(id) ?? '';

  const move = useTransitionWorkPackage();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);

  const movesOf = (card: BoardCard) => acceptingColumns(user, card);

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

  const dropState = (columnKey: string): DropState => (dragging ? (canDropOn(user, dragging, columnKey) ? 'accept' : 'disabled') : 'idle');

  const labelled = (columns: BoardColumn[]): BoardColumn[] => columns.map((column) => ({ ...column, title: isStatusKey(column.key) ? labels.status(column.key) : column.title }));
  const laneList: Lane[] = board.data?.lanes
    ? board.data.lanes.map((lane) => ({ key: lane.key, title: lanes === 'item' && lane.key === BOARD_NO_ITEM_KEY ? t('board.noItem') : lane.title, columns: labelled(lane.columns) }))
    : [{ key: 'all', title: null, columns: labelled(board.data?.columns ?? []) }];

  return (
    <>
      <Title order={1} size="h3" mb="md">
        {t('board.title')}
      </Title>
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('board.plan')}
          w={320}
          data={(plans.data ?? []).map((p) => ({ value: p.id, label: p.number ? `${p.number} — ${p.title}` : p.title }))}
          value={planId}
          onChange={(value) => setParam('plan', value)}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('board.noPlans')}
        />
        <Select
          label={t('board.department')}
          w={240}
          clearable
          searchable
          placeholder={t('common.all')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={departmentId ?? null}
          onChange={(value) => setParam('department', value ?? clearedDepartment(user))}
        />
        <Select
          label={t('board.category')}
          w={240}
          clearable
          placeholder={t('common.all')}
          data={DEADLINE_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
          value={category ?? null}
          onChange={(value) => setParam('category', value)}
        />
        <TextInput label={t('board.search')} w={220} leftSection={<IconSearch size={14} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
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
      </Group>

      {plans.isError ? (
        <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.isSuccess && plans.data.length === 0 ? (
        <Text c="dimmed">{t('board.noPlans')}</Text>
      ) : board.isError ? (
        <QueryErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : !board.data ? (
        <Group align="flex-start" wrap="nowrap">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={240} w={260} />
          ))}
        </Group>
      ) : (
        <Stack gap="lg">
          {laneList.map((lane) => (
            <section key={lane.key} aria-label={lane.title ?? undefined}>
              {lane.title !== null && (
                <Title order={2} size="h5" mb="xs">
                  {lane.title}
                </Title>
              )}
              <ScrollArea type="auto" offsetScrollbars>
                <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
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
                      movesOf={movesOf}
                      onMove={startMove}
                      onDragStart={setDragging}
                      onDragEnd={() => setDragging(null)}
                      onDrop={dropOn}
                      onLoadMore={cardLimit < MAX_CARD_LIMIT ? () => setCardLimit((n) => Math.min(MAX_CARD_LIMIT, n + BOARD_PAGE_SIZE)) : undefined}
                    />
                  ))}
                </Group>
              </ScrollArea>
            </section>
          ))}
        </Stack>
      )}
      <TransitionDialog
        move={pending && pending.requires === 'reason' ? { title: pending.card.title, to: pending.to, requires: 'reason' } : null}
        onSubmit={confirmPending}
        onClose={() => setPending(null)}
      />
      <CompletionDialog target={pending && pending.requires === 'report' ? { id: pending.card.id, title: pending.card.title } : null} onSubmit={confirmPending} onClose={() => setPending(null)} />
    </>
  );
}
