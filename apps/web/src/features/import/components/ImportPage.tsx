import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { PlanDocumentParse } from '@mandate/domain';
import { IconAlertCircle, IconCheck, IconEye, IconFileText } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../../lib/notify';
import { planQueries } from '../../plans/api/plans.queries';
import type { PlanSource } from '../api/import.api';
import { useImportPlan, usePreviewPlan } from '../api/use-import-mutations';
import { importErrorView } from '../import-error';
import { ImportPreview } from './ImportPreview';

const ACCEPT = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // The preview belongs to the source it was made from; editing the source clears it.
  const [preview, setPreview] = useState<{ source: PlanSource; parse: PlanDocumentParse } | null>(null);
  const [existingPlanId, setExistingPlanId] = useState<string | null>(null);
  const previewPlan = usePreviewPlan();
  const importPlan = useImportPlan();

  const source: PlanSource | null = file ? { kind: 'file', file } : text.trim() ? { kind: 'text', text } : null;
  const failure = importPlan.error ?? previewPlan.error;
  const errorView = failure ? importErrorView(t, failure) : null;

  const resetResults = () => {
    setPreview(null);
    setExistingPlanId(null);
    previewPlan.reset();
    importPlan.reset();
  };

  const runPreview = () => {
    if (!source) return;
    resetResults();
    previewPlan.mutate(source, { onSuccess: (parse) => setPreview({ source, parse }) });
  };

  const findExisting = async (number: string | null) => {
    if (!number) return;
    try {
      const plans = await queryClient.fetchQuery(planQueries.list());
      setExistingPlanId(plans.items.find((p) => p.number === number)?.id ?? null);
    } catch {
      setExistingPlanId(null);
    }
  };

  const confirm = () => {
    if (!preview) return;
    importPlan.mutate(preview.source, {
      onSuccess: (created) => {
        notifySuccess(t('import.created', { title: created.number ?? created.title }));
        void navigate(`/plans/${created.id}/breakdown`);
      },
      onError: (error) => {
        if (importErrorView(t, error).planExists) void findExisting(preview.parse.document.number);
      },
    });
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h3">
          {t('import.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('import.intro')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Textarea
            label={t('import.pasteLabel')}
            placeholder={t('import.pastePlaceholder')}
            autosize
            minRows={6}
            maxRows={16}
            value={text}
            disabled={file !== null}
            onChange={(e) => {
              setText(e.currentTarget.value);
              resetResults();
            }}
          />
          <FileInput
            label={t('import.fileLabel')}
            placeholder={t('import.filePlaceholder')}
            description={file ? t('import.fileChosen') : t('import.fileHint')}
            accept={ACCEPT}
            clearable
            leftSection={<IconFileText size={16} />}
            value={file}
            onChange={(next) => {
              setFile(next);
              resetResults();
            }}
          />
          <Group>
            <Button leftSection={<IconEye size={16} />} onClick={runPreview} disabled={!source} loading={previewPlan.isPending}>
              {t('import.preview')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {errorView && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('import.errors.title')} role="alert">
          <Text size="sm">{errorView.message}</Text>
          {errorView.detail && (
            <Text size="sm" mt={4} c="dimmed">
              {t('import.errors.apiSaid', { message: errorView.detail })}
            </Text>
          )}
          {errorView.planExists && existingPlanId && (
            <Anchor component={Link} to={`/plans/${existingPlanId}`} size="sm" mt={4} display="inline-block">
              {t('import.errors.openExisting')}
            </Anchor>
          )}
        </Alert>
      )}

      {preview && (
        <>
          <ImportPreview parse={preview.parse} sourceText={preview.source.kind === 'text' ? preview.source.text : null} />
          <Group justify="flex-end">
            <Button leftSection={<IconCheck size={16} />} onClick={confirm} loading={importPlan.isPending} disabled={importPlan.isSuccess}>
              {t('import.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
