import { Alert, Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { can, type PlanDetail, type ProposedPackage } from '@mandate/domain';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import { notifySuccess } from '../../../lib/notify';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { ForbiddenPage } from '../../errors/ForbiddenPage';
import { QueryErrorPage } from '../../errors/QueryErrorPage';
import { planQueries } from '../api/plans.queries';
import { useConfirmBreakdown } from '../api/use-confirm-breakdown';
import { itemsByRef } from '../plan-tree';
import { type BreakdownGroup, groupProposals, rowProblems, toConfirmed } from './breakdown-edits';
import { BreakdownSection, type RowsUpdater } from './BreakdownSection';

// Above this many proposals only the first item starts open; each section mounts its rows when opened.
const OPEN_ALL_UP_TO = 40;

export function BreakdownPage() {
  const user = useCurrentUser();
  const { id = '' } = useParams();
  if (!can(user.role, 'plans.breakdown')) return <ForbiddenPage />;
  return <BreakdownLoader planId={id} />;
}

function BreakdownLoader({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = useQuery(planQueries.detail(planId));
  const preview = useQuery(planQueries.breakdownPreview(planId));
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const failed = [plan, preview, departments].find((q) => q.isError);
  if (failed) return <QueryErrorPage error={failed.error} onRetry={() => void failed.refetch()} back={{ to: plan.isError ? '/plans' : `/plans/${planId}`, label: t(plan.isError ? 'plans.title' : 'plans.breakdown.backToPlan') }} />;
  if (!plan.data || !preview.data || !departments.data) return <Skeleton height={400} />;
  const options = departments.data.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  return <BreakdownEditor plan={plan.data} packages={preview.data.packages} departments={options} />;
}

interface BreakdownEditorProps {
  plan: PlanDetail;
  packages: ProposedPackage[];
  departments: ComboboxItem[];
}

/** All edits stay here until "Xác nhận phân công"; nothing is created before. */
function BreakdownEditor({ plan, packages, departments }: BreakdownEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirmBreakdown(plan.id);
  const [groups, setGroups] = useState<BreakdownGroup[]>(() => groupProposals(packages));
  const invalidDates = useRef(new Set<string>());
  const [blocked, setBlocked] = useState<string | null>(null);
  const titles = useMemo(() => itemsByRef(plan.items), [plan.items]);

  // Replaces one group's rows only: the other sections keep their props and skip rendering.
  const onRowsChange = useCallback<RowsUpdater>((itemRef, update) => {
    setBlocked(null);
    setGroups((prev) => prev.map((g) => (g.itemRef === itemRef ? { ...g, rows: update(g.rows) } : g)));
  }, []);
  const onDateValidity = useCallback((rowId: string, valid: boolean) => {
    if (valid) invalidDates.current.delete(rowId);
    else invalidDates.current.add(rowId);
  }, []);

  const total = groups.reduce((n, g) => n + g.rows.length, 0);

  const submit = () => {
    const rows = groups.flatMap((g) => g.rows);
    const broken = rows.filter((r) => rowProblems(r).length > 0 || invalidDates.current.has(r.rowId)).length;
    if (broken > 0) {
      setBlocked(t('plans.breakdown.fixRows', { n: broken }));
      return;
    }
    confirm.mutate(toConfirmed(groups), {
      onSuccess: (result) => {
        notifySuccess(t('plans.breakdown.done', { created: result.created, unchanged: result.unchanged }));
        void navigate(`/plans/${plan.id}`);
      },
    });
  };

  const confirmError = confirm.error;
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/plans">
          {t('plans.title')}
        </Anchor>
        <Anchor component={Link} to={`/plans/${plan.id}`}>
          {plan.number ?? plan.title}
        </Anchor>
        <span>{t('plans.breakdown.title')}</span>
      </Breadcrumbs>
      <div>
        <Title order={1} size="h3">
          {t('plans.breakdown.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('plans.breakdown.intro')}
        </Text>
      </div>
      {groups.map((g) => (
        <BreakdownSection
          key={g.itemRef}
          itemRef={g.itemRef}
          itemTitle={titles.get(g.itemRef)?.title ?? ''}
          rows={g.rows}
          departments={departments}
          onRowsChange={onRowsChange}
          onDateValidity={onDateValidity}
          initiallyOpen={packages.length <= OPEN_ALL_UP_TO || g === groups[0]}
        />
      ))}
      {groups.length === 0 && <Text c="dimmed">{t('plans.breakdown.noProposals')}</Text>}
      {(blocked || confirmError) && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
          {blocked ?? errorMessage(t, confirmError)}
        </Alert>
      )}
      <Group justify="space-between" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm">{t('plans.breakdown.count', { n: total })}</Text>
        <Button leftSection={<IconCheck size={16} />} onClick={submit} loading={confirm.isPending} disabled={total === 0 || confirm.isSuccess}>
          {t('plans.breakdown.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
