import { Badge, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceFileInput } from '../../../components/EvidenceFileInput';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useAddProgressReport } from '../api/use-work-package-activity';
import type { Attachment } from '@mandate/domain';
import { downloadAttachment } from '../api/work-packages.api';
import { workPackageQueries } from '../api/work-package.queries';

export function ProgressReportsSection({ id, canFile, progress, departmentName }: { id: string; canFile: boolean; progress: number; departmentName: (id: string) => string }) {
  const { t } = useTranslation();
  const reports = useQuery(workPackageQueries.reports(id));
  const add = useAddProgressReport(id);
  const [value, setValue] = useState<number>(progress);
  const [summary, setSummary] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (summary.trim().length === 0) {
      setError(t('workPackages.reports.summaryRequired'));
      return;
    }
    setError(null);
    add.mutate(
      { progress: value, summary: summary.trim(), files },
      {
        onSuccess: () => {
          setSummary('');
          setFiles([]);
        },
      },
    );
  };

  const download = (attachment: Attachment) => {
    downloadAttachment(attachment).catch((err: unknown) => notifyError(errorMessage(t, err)));
  };

  return (
    <Card withBorder component="section" aria-labelledby="wp-reports">
      <Title order={2} size="h4" id="wp-reports" mb="sm">
        {t('workPackages.reports.title')}
      </Title>
      {reports.isError ? (
        <QueryErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Stack gap="sm">
          {reports.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('workPackages.reports.empty')}
            </Text>
          )}
          {reports.data?.map((report) => (
            <Card key={report.id} withBorder padding="sm" radius="sm">
              <Group justify="space-between" mb={4}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {formatDateTime(report.submittedAt)}
                  </Text>
                  {report.authorName && <Text size="sm">{report.authorName}</Text>}
                  {report.isCompletion && <Badge color="green">{t('workPackages.reports.completion')}</Badge>}
                </Group>
                <Text size="sm">{t('workPackages.progressValue', { value: report.progress })}</Text>
              </Group>
              {report.onBehalf && (
                <Text size="sm" c="blue.8" mb={4}>
                  {t('completion.onBehalfLine', { department: departmentName(report.onBehalf.departmentId), reporter: report.onBehalf.reporterName ? `(${report.onBehalf.reporterName})` : '', reason: report.onBehalf.reason })}
                </Text>
              )}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {report.summary}
              </Text>
              {report.attachments.length > 0 && (
                <Group gap="xs" mt="xs">
                  {report.attachments.map((attachment) => (
                    <Button key={attachment.id} size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => download(attachment)}>
                      {attachment.fileName} ({formatFileSize(attachment.sizeBytes)})
                    </Button>
                  ))}
                </Group>
              )}
            </Card>
          ))}
          {canFile && (
            <form onSubmit={submit} noValidate aria-label={t('workPackages.reports.new')}>
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {t('workPackages.reports.new')}
                </Title>
                <NumberInput label={t('workPackages.progress')} min={0} max={100} suffix="%" value={value} onChange={(v) => setValue(typeof v === 'number' ? v : Number(v) || 0)} w={160} />
                <Textarea label={t('workPackages.reports.summary')} required autosize minRows={3} value={summary} error={error} onChange={(e) => setSummary(e.currentTarget.value)} />
                <EvidenceFileInput label={t('workPackages.reports.evidence')} description={t('workPackages.reports.evidenceHint')} value={files} onChange={setFiles} />
                <Group>
                  <Button type="submit" loading={add.isPending}>
                    {t('workPackages.reports.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </Card>
  );
}
