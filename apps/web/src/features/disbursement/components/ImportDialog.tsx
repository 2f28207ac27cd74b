import { Alert, Badge, Button, FileInput, Group, List, Modal, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { DisbursementImportPreview, WorkbookProblem } from '@mandate/domain';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { formatMonth } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { disbursementApi } from '../api/disbursement.api';
import { useImportDisbursement } from '../api/disbursement.queries';
import { useMoney } from '../use-money';

const SHOWN_ROWS = 200;

/** Each refused cell as a sentence in the user's language: row, column, and what is wrong. */
function Problems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.code !== 'WORKBOOK_INVALID') return <Alert color="red" role="alert">{errorMessage(t, error)}</Alert>;
  const problems = error.details as WorkbookProblem[];
  return (
    <Alert color="red" role="alert" title={t('disbursement.import.invalid', { n: problems.length })}>
      <ScrollArea.Autosize mah={240}>
        <List size="sm" spacing={2}>
          {problems.map((p, i) => (
            <List.Item key={i}>
              {p.row !== null && p.column !== null ? t('disbursement.import.at', { row: p.row, column: p.column }) : p.row !== null ? t('disbursement.import.atRow', { row: p.row }) : t('disbursement.import.atFile')}
              {': '}
              {t(`disbursement.import.reasons.${p.reason ?? 'unreadable'}`, { subject: p.subject ?? '' })}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}

function PreviewView({ preview }: { preview: DisbursementImportPreview }) {
  const { t } = useTranslation();
  const money = useMoney();
  const changed = preview.rows.filter((r) => r.status !== 'unchanged');
  return (
    <Stack gap="sm" aria-label={t('disbursement.import.previewTitle')} component="section">
      <Text fw={500}>{t('disbursement.import.previewTitle')}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Text size="sm">{t('disbursement.import.months', { months: preview.months.map(formatMonth).join(', ') })}</Text>
        <Text size="sm">{t('disbursement.import.newProjects', { n: preview.newProjects })}</Text>
        <Text size="sm">{t('disbursement.import.changed', { n: preview.changed })}</Text>
        <Text size="sm">{t('disbursement.import.unchanged', { n: preview.unchanged })}</Text>
      </SimpleGrid>
      <Text size="sm" fw={500}>
        {t('disbursement.import.disbursedDifference', { amount: money(preview.disbursedDifference) })} · {t('disbursement.import.allocatedDifference', { amount: money(preview.allocatedDifference) })}
      </Text>
      <ScrollArea.Autosize mah={320}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm" aria-label={t('disbursement.import.differences')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('disbursement.projects.code')}</Table.Th>
              <Table.Th>{t('disbursement.projects.name')}</Table.Th>
              <Table.Th>{t('disbursement.import.month')}</Table.Th>
              <Table.Th ta="right">{t('disbursement.import.before')}</Table.Th>
              <Table.Th ta="right">{t('disbursement.import.after')}</Table.Th>
              <Table.Th ta="right">{t('disbursement.import.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.slice(0, SHOWN_ROWS).map((r) => (
              <Table.Tr key={`${r.code}-${r.month}`}>
                <Table.Td>{r.code}</Table.Td>
                <Table.Td>
                  {r.name} {r.status === 'new_project' && <Badge size="xs" variant="light">{t('disbursement.import.new')}</Badge>}
                  {r.changedFields.includes('allocated') && (
                    <Text size="xs" c="dimmed">
                      {t('disbursement.import.allocationChange', { before: money(r.allocatedBefore), after: money(r.allocated) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatMonth(r.month)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{r.cumulativeBefore === null ? '—' : money(r.cumulativeBefore)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(r.cumulative)}</Table.Td>
                <Table.Td ta="right" c={r.difference < 0 ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {r.difference > 0 ? '+' : ''}
                  {money(r.difference)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {changed.length > SHOWN_ROWS && <Text size="xs" c="dimmed">{t('disbursement.import.more', { n: changed.length - SHOWN_ROWS })}</Text>}
    </Stack>
  );
}

/** Upload → the difference against what the plan holds → confirm; nothing is stored before the confirmation. */
export function ImportDialog({ planId, opened, onClose }: { planId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (f: File) => disbursementApi.preview(planId, f) });
  const confirm = useImportDisbursement(planId);
  const close = () => {
    setFile(null);
    preview.reset();
    confirm.reset();
    onClose();
  };
  const choose = (next: File | null) => {
    setFile(next);
    preview.reset();
    confirm.reset();
    if (next) preview.mutate(next);
  };
  const submit = () => {
    if (!file) return;
    confirm.mutate(file, {
      onSuccess: (result) => {
        notifySuccess(t('disbursement.import.done', { n: result.figuresWritten, months: result.months.map(formatMonth).join(', ') }));
        close();
      },
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('disbursement.import.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('disbursement.import.help')}
        </Text>
        <FileInput label={t('disbursement.import.file')} accept=".xlsx" value={file} onChange={choose} leftSection={<IconFileSpreadsheet size={16} />} clearable placeholder={t('disbursement.import.choose')} />
        {preview.isPending && <Text size="sm">{t('disbursement.import.reading')}</Text>}
        {preview.isError && <Problems error={preview.error} />}
        {preview.data && <PreviewView preview={preview.data} />}
        {confirm.isError && <Problems error={confirm.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!preview.data || preview.data.changed + preview.data.newProjects === 0} loading={confirm.isPending}>
            {t('disbursement.import.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
