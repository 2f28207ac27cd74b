import { Alert, Anchor, Badge, Button, Card, Grid, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconSubtask } from '@tabler/icons-react';
import { can, isOpenStatus, type PlanItemNode, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryErrorPage } from '../../errors/QueryErrorPage';
import { formatDate } from '../../../lib/format';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { DisbursementFigure } from '../../disbursement/components/DisbursementFigure';
import { indicatorQueries } from '../../indicators/api/indicator.queries';
import { indicatorLabel, targetText } from '../../indicators/indicator-format';
import { planQueries } from '../../plans/api/plans.queries';
import { SubjectSupervisionSection } from '../../supervision';
import { workPackageQueries } from '../api/work-package.queries';
import { useDomainLabels } from '../labels';
import { CategoryBadge } from './CategoryBadge';
import { CommentsSection } from './CommentsSection';
import { HistorySection } from './HistorySection';
import { ProgressReportsSection } from './ProgressReportsSection';
import { CreateChildDialog } from '../edit/CreateChildDialog';
import { WorkPackageEditDialog } from '../edit/WorkPackageEditDialog';
import { ExtensionsSection } from './ExtensionsSection';
import { WorkPackageActions } from './WorkPackageActions';
import { LabeledValue } from '../../../components/LabeledValue';

const findItem = (nodes: readonly PlanItemNode[], ref: string): PlanItemNode | undefined => {
  for (const node of nodes) {
    if (node.ref === ref) return node;
    const found = findItem(node.children, ref);
    if (found) return found;
  }
  return undefined;
};

export function WorkPackagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const today = todayIn(new Date());
  const detail = useQuery(workPackageQueries.detail(id));
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const planId = detail.data?.planId ?? null;
  const plan = useQuery({ ...planQueries.detail(planId ?? ''), enabled: planId !== null });
  const parentId = detail.data?.parentId ?? null;
  const parent = useQuery({ ...workPackageQueries.detail(parentId ?? ''), enabled: parentId !== null });
  const children = useQuery({ ...workPackageQueries.children(id), enabled: detail.isSuccess });
  const indicatorId = detail.data?.indicatorId ?? null;
  const indicators = useQuery({ ...indicatorQueries.list(planId ?? ''), enabled: planId !== null && indicatorId !== null });
  const [editing, setEditing] = useState(false);
  const [addingChild, setAddingChild] = useState(false);

  if (detail.isError) return <QueryErrorPage error={detail.error} onRetry={() => void detail.refetch()} back={{ to: '/board', label: t('workPackages.backToBoard') }} />;
  if (detail.isPending) return <Skeleton h={320} />;

  const pkg = detail.data;
  const deptName = (deptId: string) => departments.data?.find((d) => d.id === deptId)?.name ?? '';
  const servedIndicator = indicators.data?.items.find((i) => i.id === indicatorId);
  const item = pkg.itemRef && plan.data ? findItem(plan.data.items, pkg.itemRef) : undefined;
  // A done or cancelled package takes no more progress reports until it is reopened.
  const canFile = pkg.abilities.fileReport && isOpenStatus(pkg.status);
  const canComment = pkg.abilities.comment;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/board" size="sm">
        ← {t('workPackages.backToBoard')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6} style={{ flex: 1 }}>
          <Title order={1} size="h3">
            {pkg.title}
          </Title>
          <Group gap="xs">
            <Badge variant="default" style={{ textTransform: 'none' }} aria-label={`${t('common.status')}: ${labels.status(pkg.status)}`}>
              {labels.status(pkg.status)}
            </Badge>
            <CategoryBadge status={pkg.status} dueDate={pkg.dueDate} category={pkg.category} today={today} />
          </Group>
        </Stack>
        <Group gap="xs" align="flex-start">
          {pkg.abilities.editableFields.length > 0 && (
            <Button size="sm" variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('packageEdit.open')}
            </Button>
          )}
          {can(user.role, 'workPackages.create') && isOpenStatus(pkg.status) && (
            <Button size="sm" variant="default" leftSection={<IconSubtask size={16} />} onClick={() => setAddingChild(true)}>
              {t('packageEdit.child.open')}
            </Button>
          )}
          <WorkPackageActions pkg={pkg} />
        </Group>
      </Group>
      {editing && <WorkPackageEditDialog pkg={pkg} opened={editing} onClose={() => setEditing(false)} />}
      {addingChild && <CreateChildDialog parent={pkg} opened={addingChild} onClose={() => setAddingChild(false)} />}

      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-label={t('workPackages.details')}>
            <Stack gap="sm">
              {pkg.description && (
                <LabeledValue label={t('workPackages.description')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {pkg.description}
                  </Text>
                </LabeledValue>
              )}
              {(pkg.sourceText || pkg.itemRef) && (
                <LabeledValue label={t('workPackages.source')}>
                  {pkg.itemRef && (
                    <Text size="sm" fw={500}>
                      {t('workPackages.item', { ref: pkg.itemRef })}
                      {item ? ` — ${item.title}` : ''}
                    </Text>
                  )}
                  {pkg.sourceText && (
                    <Text size="sm" fs="italic" component="blockquote" m={0} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-default-border)' }}>
                      {pkg.sourceText}
                    </Text>
                  )}
                </LabeledValue>
              )}
              <LabeledValue label={t('workPackages.expectedOutput')}>{pkg.expectedOutput || t('common.none')}</LabeledValue>
              {parentId && (
                <LabeledValue label={t('packageEdit.parent')}>
                  <Anchor component={Link} to={`/work-packages/${parentId}`} size="sm">
                    {parent.data?.title ?? '…'}
                  </Anchor>
                </LabeledValue>
              )}
              {(children.data?.length ?? 0) > 0 && (
                <LabeledValue label={t('packageEdit.children', { count: children.data?.length ?? 0 })}>
                  <Stack gap={2}>
                    {children.data?.map((child) => (
                      <Group key={child.id} gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/work-packages/${child.id}`} size="sm">
                          {child.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {labels.status(child.status)} · {child.progress}%
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                </LabeledValue>
              )}
              {pkg.target && <LabeledValue label={t('workPackages.target')}>{targetText(t, pkg.target)}</LabeledValue>}
              {indicatorId && (
                <LabeledValue label={t('workPackages.indicator')}>
                  <Anchor component={Link} to={`/indicators/${indicatorId}`} size="sm">
                    {servedIndicator ? indicatorLabel(servedIndicator) : '…'}
                  </Anchor>
                </LabeledValue>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <SimpleGrid cols={1} spacing="sm">
              <LabeledValue label={t('workPackages.lead')}>{deptName(pkg.leadDepartmentId)}</LabeledValue>
              <LabeledValue label={t('workPackages.cooperating')}>
                {pkg.cooperatingDepartmentIds.length === 0 ? t('common.none') : pkg.cooperatingDepartmentIds.map(deptName).filter(Boolean).join(', ')}
              </LabeledValue>
              {pkg.startDate && <LabeledValue label={t('workPackages.startDate')}>{formatDate(pkg.startDate)}</LabeledValue>}
              <LabeledValue label={t('workPackages.dueDate')}>
                {pkg.dueDate ? formatDate(pkg.dueDate) : t('workPackages.noDueDate')}
                {pkg.originalDueDate && pkg.originalDueDate !== pkg.dueDate && (
                  <Text size="xs" c="dimmed">
                    {t('workPackages.originalDueDate', { date: formatDate(pkg.originalDueDate) })}
                  </Text>
                )}
              </LabeledValue>
              {pkg.completedOn && <LabeledValue label={t('workPackages.completedOn')}>{formatDate(pkg.completedOn)}</LabeledValue>}
              <LabeledValue label={t('workPackages.progress')}>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={pkg.progress} style={{ flex: 1 }} aria-label={t('workPackages.progressValue', { value: pkg.progress })} />
                  <Text size="sm">{pkg.progress}%</Text>
                </Group>
              </LabeledValue>
            </SimpleGrid>
          </Card>
        </Grid.Col>
      </Grid>

      {pkg.planId && <DisbursementFigure planId={pkg.planId} workPackageId={pkg.id} />}

      <SubjectSupervisionSection subject={{ type: 'work_package', id: pkg.id, title: pkg.title, suggestedAddresseeId: pkg.leadDepartmentId }} />

      {pkg.abilities.readRecords ? (
        <>
          <ExtensionsSection pkg={pkg} />
          <ProgressReportsSection id={pkg.id} canFile={canFile} progress={pkg.progress} departmentName={deptName} />
          <CommentsSection id={pkg.id} canComment={canComment} currentUserId={user.id} />
          <HistorySection id={pkg.id} />
        </>
      ) : (
        <Alert variant="light" color="gray" title={t('workPackages.recordsNeedToKnow')} />
      )}
    </Stack>
  );
}
