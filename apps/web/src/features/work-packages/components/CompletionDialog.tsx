import { Alert, Checkbox, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { MAX_REASON_LENGTH, MAX_REPORT_SUMMARY_LENGTH } from '@mandate/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceFileInput } from '../../../components/EvidenceFileInput';
import { FormActions } from '../../../components/FormActions';
import { errorMessage } from '../../../lib/error-message';
import { useCurrentUser } from '../../auth';
import { planQueries } from '../../plans/api/plans.queries';
import { workPackagesApi } from '../api/work-packages.api';
import { workPackageKeys, workPackageQueries } from '../api/work-package.queries';
import type { TransitionDetails } from './TransitionDialog';

interface CompletionDialogProps {
  /** The package being reported complete; null closes the dialog. */
  target: { id: string; title: string } | null;
  onSubmit: (details: TransitionDetails) => void;
  onClose: () => void;
}

/**
 * The completion report (báo cáo hoàn thành) a move to "Chờ duyệt hoàn thành" needs: what was done, the evidence (files already
 * filed with progress reports, or new ones, filed first as a progress report), and, when the UBND office reports for the
 * lead department, whose report it is and why.
 */
export function CompletionDialog({ target, onSubmit, onClose }: CompletionDialogProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const id = target?.id ?? '';
  const detail = useQuery({ ...workPackageQueries.detail(id), enabled: target !== null });
  const reports = useQuery({ ...workPackageQueries.reports(id), enabled: target !== null });
  const planId = detail.data?.planId ?? null;
  const plan = useQuery({ ...planQueries.detail(planId ?? ''), enabled: planId !== null });
  const evidenceRequired = plan.data?.completionEvidenceRequired ?? true;
  const onBehalf = user.role === 'ubnd';

  const [summary, setSummary] = useState('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [reason, setReason] = useState('');
  const [reporter, setReporter] = useState('');
  const [errors, setErrors] = useState<{ summary?: string; evidence?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const existing = (reports.data ?? []).flatMap((r) => r.attachments);
  // Every file already filed counts as evidence unless the user unticks it.
  const selected = chosen ?? existing.map((a) => a.id);

  const reset = () => {
    setSummary('');
    setChosen(null);
    setFiles([]);
    setReason('');
    setReporter('');
    setErrors({});
    setBusy(false);
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const problems: typeof errors = {};
    if (summary.trim().length === 0) problems.summary = t('completion.summaryRequired');
    if (evidenceRequired && selected.length === 0 && files.length === 0) problems.evidence = t('completion.evidenceRequired');
    if (onBehalf && reason.trim().length === 0) problems.reason = t('completion.onBehalfReasonRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      let attachmentIds = selected;
      if (files.length > 0) {
        const report = await workPackagesApi.addReport(target.id, { progress: detail.data?.progress ?? 0, summary: t('completion.evidenceReportSummary', { summary: summary.trim() }), files });
        attachmentIds = [...selected, ...report.attachments.map((a) => a.id)];
        void queryClient.invalidateQueries({ queryKey: workPackageKeys.reports(target.id) });
      }
      onSubmit({
        report: {
          summary: summary.trim(),
          attachmentIds,
          ...(onBehalf ? { onBehalf: { reason: reason.trim(), reporterName: reporter.trim() || undefined } } : {}),
        },
      });
      reset();
    } catch (error) {
      setErrors({ form: errorMessage(t, error) });
      setBusy(false);
    }
  };

  return (
    <Modal opened={target !== null} onClose={close} title={t('completion.title')} size="lg">
      {target && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm" fw={500}>
              {target.title}
            </Text>
            <Textarea
              label={t('completion.summary')}
              description={t('completion.summaryHint')}
              required
              autosize
              minRows={4}
              maxLength={MAX_REPORT_SUMMARY_LENGTH}
              value={summary}
              error={errors.summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              data-autofocus
            />
            {existing.length > 0 && (
              <Checkbox.Group label={t('completion.existingEvidence')} value={selected} onChange={setChosen}>
                <Stack gap={4} mt={4}>
                  {existing.map((a) => (
                    <Checkbox key={a.id} value={a.id} label={a.fileName} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <EvidenceFileInput
              label={t('completion.newEvidence')}
              description={evidenceRequired ? t('completion.evidenceHintRequired') : t('completion.evidenceHintOptional')}
              required={evidenceRequired}
              value={files}
              onChange={setFiles}
              error={errors.evidence}
            />
            {onBehalf && (
              <>
                <Alert variant="light" color="blue">
                  {t('completion.onBehalfNotice')}
                </Alert>
                <Textarea
                  label={t('completion.onBehalfReason')}
                  required
                  autosize
                  minRows={2}
                  maxLength={MAX_REASON_LENGTH}
                  value={reason}
                  error={errors.reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
                <TextInput label={t('completion.reporterName')} maxLength={200} value={reporter} onChange={(e) => setReporter(e.currentTarget.value)} />
              </>
            )}
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            )}
            <FormActions onCancel={close} submitLabel={t('completion.confirm')} loading={busy} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
