import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { type DeadlineExtensionRequest, MAX_REASON_LENGTH, type WorkPackageDetail } from '@mandate/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { apiFieldErrors, errorMessage } from '../../../lib/error-message';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { auditKeys } from '../../audit/api/audit.queries';
import { boardKeys } from '../../board/api/board.queries';
import { deadlineKeys } from '../../deadlines/api/deadlines.queries';
import { DueDateInput } from '../../plans/breakdown/DueDateInput';
import { type ExtensionDecision, workPackagesApi } from '../api/work-packages.api';
import { workPackageKeys, workPackageQueries } from '../api/work-package.queries';

const STATUS_COLORS = { pending: 'yellow', approved: 'green', refused: 'red' } as const;

const useExtensionMutation = <V,>(id: string, fn: (v: V) => Promise<DeadlineExtensionRequest>, done: string) => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => notifySuccess(t(done)),
    onError: (error) => notifyError(errorMessage(t, error)),
    // An approval moves the due date, which the page, the board and the deadline views show.
    onSettled: () => Promise.all([workPackageKeys.detail(id), boardKeys.all, deadlineKeys.all, workPackageKeys.lists(), auditKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
};

function DecisionForm({ pkg, request }: { pkg: WorkPackageDetail; request: DeadlineExtensionRequest }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'approve' | 'refuse' | null>(null);
  const [date, setDate] = useState<string | null>(request.requestedDueDate);
  const [dateValid, setDateValid] = useState(true);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useExtensionMutation(pkg.id, (d: ExtensionDecision) => workPackagesApi.decideExtension(pkg.id, request.id, d), mode === 'refuse' ? 'extensions.refused' : 'extensions.approved');
  const fieldErrors = apiFieldErrors(t, decide.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'refuse' && note.trim().length === 0) {
      setError(t('extensions.refuseReasonRequired'));
      return;
    }
    if (mode === 'approve' && !date) {
      setError(t('extensions.dateRequired'));
      return;
    }
    setError(null);
    decide.mutate(mode === 'approve' ? { approve: true, dueDate: date ?? undefined, note: note.trim() || undefined } : { approve: false, note: note.trim() });
  };

  if (mode === null) {
    return (
      <Group gap="xs">
        <Button size="xs" onClick={() => setMode('approve')}>
          {t('extensions.approve')}
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => setMode('refuse')}>
          {t('extensions.refuse')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'approve' ? t('extensions.approveTitle') : t('extensions.refuseTitle')}>
      <Stack gap="xs">
        {mode === 'approve' && (
          <DueDateInput
            label={t('extensions.grantedDate')}
            aria-label={t('extensions.grantedDate')}
            description={t('extensions.grantedDateHint')}
            value={date}
            onChange={setDate}
            onValidityChange={setDateValid}
            error={fieldErrors.dueDate}
          />
        )}
        <Textarea
          label={mode === 'approve' ? t('extensions.approveNote') : t('extensions.refuseReason')}
          required={mode === 'refuse'}
          autosize
          minRows={2}
          maxLength={MAX_REASON_LENGTH}
          value={note}
          error={error ?? fieldErrors.note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" color={mode === 'refuse' ? 'red' : undefined} loading={decide.isPending} disabled={!dateValid}>
            {mode === 'approve' ? t('extensions.confirmApprove') : t('extensions.confirmRefuse')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode(null)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RequestForm({ pkg }: { pkg: WorkPackageDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<string | null>(null);
  const [dateValid, setDateValid] = useState(true);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  const request = useExtensionMutation(pkg.id, (input: { requestedDueDate: string; reason: string }) => workPackagesApi.requestExtension(pkg.id, input), 'extensions.requested');
  const fieldErrors = apiFieldErrors(t, request.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { date: date ? undefined : t('extensions.dateRequired'), reason: reason.trim() ? undefined : t('extensions.reasonRequired') };
    setErrors(problems);
    if (!date || !reason.trim()) return;
    request.mutate({ requestedDueDate: date, reason: reason.trim() }, { onSuccess: () => setOpen(false) });
  };

  if (!open) {
    return (
      <Group>
        <Button size="sm" variant="light" onClick={() => setOpen(true)}>
          {t('extensions.request')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('extensions.request')}>
      <Stack gap="xs">
        <DueDateInput
          label={t('extensions.newDate')}
          aria-label={t('extensions.newDate')}
          description={pkg.dueDate ? t('extensions.currentDate', { date: formatDate(pkg.dueDate) }) : undefined}
          value={date}
          onChange={setDate}
          onValidityChange={setDateValid}
          error={errors.date ?? fieldErrors.requestedDueDate}
        />
        <Textarea label={t('extensions.reason')} required autosize minRows={2} maxLength={MAX_REASON_LENGTH} value={reason} error={errors.reason ?? fieldErrors.reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={request.isPending} disabled={!dateValid}>
            {t('extensions.send')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deadline extensions (gia hạn): the lead department asks for a new date with a reason, the UBND office grants a date or refuses with a reason. */
export function ExtensionsSection({ pkg }: { pkg: WorkPackageDetail }) {
  const { t } = useTranslation();
  const extensions = useQuery(workPackageQueries.extensions(pkg.id));
  const pending = extensions.data?.some((e) => e.status === 'pending') ?? false;
  const items = extensions.data ?? [];
  if (extensions.isSuccess && items.length === 0 && !pkg.abilities.requestExtension) return null;

  return (
    <Card withBorder component="section" aria-labelledby="wp-extensions">
      <Title order={2} size="h4" id="wp-extensions" mb="sm">
        {t('extensions.title')}
      </Title>
      {extensions.isError ? (
        <QueryErrorAlert error={extensions.error} onRetry={() => void extensions.refetch()} />
      ) : (
        <Stack gap="sm">
          {pkg.originalDueDate && (
            <Text size="sm">{t('extensions.original', { original: formatDate(pkg.originalDueDate), current: formatDate(pkg.dueDate) })}</Text>
          )}
          {items.map((e) => (
            <Card key={e.id} withBorder padding="sm" radius="sm" data-testid="extension-request">
              <Group justify="space-between" mb={4} wrap="wrap">
                <Text size="sm" fw={500}>
                  {t('extensions.asked', { who: e.requestedByName || t('workPackages.comments.someone'), when: formatDateTime(e.requestedAt) })}
                </Text>
                <Badge color={STATUS_COLORS[e.status]} variant="light" style={{ textTransform: 'none' }}>
                  {t(`extensions.status.${e.status}`)}
                </Badge>
              </Group>
              <Text size="sm">{t('extensions.dates', { from: formatDate(e.currentDueDate), to: formatDate(e.requestedDueDate) })}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('extensions.because', { reason: e.reason })}
              </Text>
              {e.status !== 'pending' && (
                <Text size="sm" c={e.status === 'approved' ? 'green.8' : 'red.8'} mt={4}>
                  {e.status === 'approved'
                    ? t('extensions.approvedLine', { who: e.decidedByName || '', when: formatDateTime(e.decidedAt), date: formatDate(e.grantedDueDate ?? e.requestedDueDate) })
                    : t('extensions.refusedLine', { who: e.decidedByName || '', when: formatDateTime(e.decidedAt) })}
                  {e.decisionNote ? ` ${t('extensions.note', { note: e.decisionNote })}` : ''}
                </Text>
              )}
              {e.status === 'pending' && pkg.abilities.decideExtension && (
                <div style={{ marginTop: 8 }}>
                  <DecisionForm pkg={pkg} request={e} />
                </div>
              )}
            </Card>
          ))}
          {pkg.abilities.requestExtension && !pending && <RequestForm pkg={pkg} />}
        </Stack>
      )}
    </Card>
  );
}
