import { Alert, Anchor, Button, Card, Group, Progress, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { can, DEADLINE_CATEGORIES, type DeadlineCategory, defaultCutOff, formatDateVi, isDeadlineCategory, parseReportPeriod, todayIn } from '@mandate/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { errorMessage } from '../../../lib/error-message';
import { notifyError } from '../../../lib/notify';
import { useSearchParamState } from '../../../lib/use-search-param-state';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useCurrentUser } from '../../auth';
import { planQueries } from '../../plans/api/plans.queries';
import { DueDateInput } from '../../plans/breakdown/DueDateInput';
import { useDomainLabels } from '../../work-packages/labels';
import { saveBlob } from '../../../lib/download';
import { reportsApi } from '../api/reports.api';
import { reportKeys, reportQueries } from '../api/reports.queries';
import { useAppendixExport } from '../api/use-appendix-export';
import { PeriodicReportView } from './PeriodicReportView';
import './reports-print.css';
import { planOptions } from '../../plans/plan-options';

/** The periods of a plan year, as the report's period keys: months, quarters, halves, the year. */
const periodOptions = (year: number) => [
  ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
  `${year}-H1`,
  `${year}-H2`,
  `${year}`,
  ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
];

export function ReportsPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [params, setParam] = useSearchParamState();
  const today = todayIn(new Date());
  const plans = useQuery(planQueries.list());
  const planId = params.get('plan') ?? plans.data?.[0]?.id ?? null;
  const plan = plans.data?.find((p) => p.id === planId);
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const departmentId = params.get('department') ?? undefined;
  const categoryParam = params.get('category');
  const category: DeadlineCategory | undefined = isDeadlineCategory(categoryParam) ? categoryParam : undefined;
  const [q, setQ] = useState(params.get('q') ?? '');
  const [asOf, setAsOf] = useState<string | null>(today);
  const appendix = useAppendixExport(`phu-luc-nhiem-vu-${asOf ?? today}.xlsx`);

  const year = plan?.planYear ?? Number(today.slice(0, 4));
  const [period, setPeriod] = useState<string>(`${year}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`);
  const [cutOff, setCutOff] = useState<string | null>(null);
  const [shown, setShown] = useState<{ period: string; cutOff: string | undefined } | null>(null);
  const report = useQuery({ ...reportQueries.periodic(planId ?? '', shown?.period ?? '', shown?.cutOff), enabled: planId !== null && shown !== null });
  const defaultCut = (() => {
    try {
      return defaultCutOff(parseReportPeriod(period));
    } catch {
      return null;
    }
  })();

  const canPublish = user ? can(user.role, 'plans.publish') : false;
  const publication = useQuery({ ...reportQueries.publication(planId ?? ''), enabled: planId !== null });
  const publish = useMutation({
    mutationFn: (published: boolean) => reportsApi.setPublication(planId as string, published),
    onSuccess: (data) => {
      queryClient.setQueryData(reportKeys.publication(data.planId), data);
      void queryClient.invalidateQueries({ queryKey: reportKeys.publicPlan(data.planId) });
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  const download = (format: 'xlsx' | 'docx') => {
    if (!planId || !shown) return;
    reportsApi
      .periodicFile(planId, shown.period, shown.cutOff, format)
      .then((blob) => saveBlob(blob, `bao-cao-${shown.period.toLowerCase()}.${format}`))
      .catch((error: unknown) => notifyError(errorMessage(t, error)));
  };

  const job = appendix.state.phase === 'working' ? appendix.state.job : null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" className="reports-no-print">
        <Title order={1} size="h3">
          {t('reports.title')}
        </Title>
        <Select
          label={t('board.plan')}
          w={360}
          data={planOptions(plans.data)}
          value={planId}
          onChange={(value) => setParam('plan', value)}
          allowDeselect={false}
        />
      </Group>
      {plans.error && <QueryErrorAlert error={plans.error} />}

      <Card withBorder className="reports-no-print">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reports.appendix.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.appendix.hint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('reports.asOf')}
              </Text>
              <DueDateInput value={asOf} onChange={setAsOf} onValidityChange={() => undefined} aria-label={t('reports.asOf')} />
            </Stack>
            <Select
              label={t('board.department')}
              placeholder={t('common.all')}
              clearable
              searchable
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              value={departmentId ?? null}
              onChange={(value) => setParam('department', value)}
            />
            <Select
              label={t('board.category')}
              placeholder={t('common.all')}
              clearable
              data={DEADLINE_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
              value={category ?? null}
              onChange={(value) => setParam('category', value)}
            />
            <TextInput label={t('reports.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          </SimpleGrid>
          <Group>
            <Button disabled={!planId || appendix.state.phase === 'working'} loading={appendix.state.phase === 'working' && job === null} onClick={() => planId && appendix.start(planId, { asOf: asOf ?? undefined, departmentId, category, q: q || undefined })}>
              {t('reports.appendix.download')}
            </Button>
            {job && (
              <Stack gap={2} w={320}>
                <Text size="sm">{t('reports.appendix.progress', { progress: job.progress })}</Text>
                <Progress value={job.progress} aria-label={t('reports.appendix.progressLabel')} animated />
              </Stack>
            )}
          </Group>
          {appendix.state.phase === 'failed' && <Alert color="red">{errorMessage(t, appendix.state.error)}</Alert>}
        </Stack>
      </Card>

      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4" className="reports-no-print">
            {t('reports.periodic.title')}
          </Title>
          <Group align="flex-end" className="reports-no-print">
            <Select
              label={t('reports.periodic.period')}
              w={240}
              data={periodOptions(year).map((key) => ({ value: key, label: parseReportPeriod(key).label.vi }))}
              value={period}
              onChange={(value) => value && (setPeriod(value), setCutOff(null))}
              allowDeselect={false}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('reports.periodic.cutOff')}
              </Text>
              <DueDateInput value={cutOff ?? defaultCut} onChange={setCutOff} onValidityChange={() => undefined} aria-label={t('reports.periodic.cutOff')} />
            </Stack>
            <Button onClick={() => setShown({ period, cutOff: cutOff ?? undefined })} disabled={!planId}>
              {t('reports.periodic.show')}
            </Button>
            <Button variant="light" disabled={!report.data} onClick={() => download('xlsx')}>
              {t('reports.periodic.xlsx')}
            </Button>
            <Button variant="light" disabled={!report.data} onClick={() => download('docx')}>
              {t('reports.periodic.docx')}
            </Button>
            <Button variant="default" disabled={!report.data} onClick={() => window.print()}>
              {t('reports.periodic.print')}
            </Button>
          </Group>
          {report.error && <QueryErrorAlert error={report.error} />}
          {report.data && <PeriodicReportView report={report.data} />}
        </Stack>
      </Card>

      {planId && (
        <Card withBorder className="reports-no-print">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('reports.public.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('reports.public.hint')}
            </Text>
            {canPublish && (
              <Switch
                label={t('reports.public.switch')}
                checked={publication.data?.published ?? false}
                disabled={publication.isPending || publish.isPending}
                onChange={(e) => publish.mutate(e.currentTarget.checked)}
              />
            )}
            {publication.data?.published ? (
              <Text size="sm">
                {t('reports.public.since', { date: publication.data.publishedAt ? formatDateVi(todayIn(new Date(publication.data.publishedAt))) : '' })}{' '}
                <Anchor href={`/public/plans/${planId}`} target="_blank">
                  {t('reports.public.open')}
                </Anchor>
              </Text>
            ) : (
              <Text size="sm">{t('reports.public.notPublished')}</Text>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
