import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { type DisbursementSettings, formatDateVi, parseDateVi } from '@mandate/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { apiFieldErrors } from '../../../lib/error-message';
import { formatDate } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useUpdateMilestones } from '../api/disbursement.queries';

interface Row {
  date: string;
  rate: number | string;
}

/** The UBND's milestones on the way to 100% (e.g. 30/06 and 30/09); dates typed dd/mm/yyyy. */
export function MilestonesDialog({ settings, opened, onClose, onReload }: { settings: DisbursementSettings; opened: boolean; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => settings.milestones.map((m) => ({ date: formatDateVi(m.date), rate: m.rate })));
  const save = useUpdateMilestones(settings.planId);
  const fieldErrors = apiFieldErrors(t, save.error);
  const parsed = rows.map((r) => ({ date: parseDateVi(r.date.trim()), rate: typeof r.rate === 'number' ? r.rate : Number.NaN }));
  const invalid = parsed.some((p) => p.date === null || Number.isNaN(p.rate));
  const submit = () => {
    if (invalid) return;
    save.mutate(
      { milestones: parsed.map((p) => ({ date: p.date as string, rate: p.rate })), version: settings.version },
      {
        onSuccess: () => {
          notifySuccess(t('disbursement.milestones.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('disbursement.milestones.title')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('disbursement.milestones.help', { date: formatDate(settings.targetDate) })}
        </Text>
        {rows.map((row, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput
              label={t('disbursement.milestones.date')}
              placeholder="30/06/2026"
              value={row.date}
              onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, date: e.currentTarget.value } : r)))}
              error={(row.date && !parseDateVi(row.date.trim()) ? t('disbursement.milestones.badDate') : undefined) ?? (fieldErrors[`milestones[${i}].date`] ? t('disbursement.milestones.outside') : undefined)}
            />
            <NumberInput
              label={t('disbursement.milestones.rate')}
              suffix="%"
              decimalSeparator=","
              min={0}
              max={100}
              value={row.rate}
              onChange={(value) => setRows(rows.map((r, j) => (j === i ? { ...r, rate: value } : r)))}
              error={fieldErrors[`milestones[${i}].rate`] ? t('disbursement.milestones.badRate') : undefined}
            />
            <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('disbursement.milestones.remove')} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {fieldErrors['milestones'] && <Text size="sm" c="red">{t('disbursement.milestones.order')}</Text>}
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setRows([...rows, { date: '', rate: '' }])} w="fit-content">
          {t('disbursement.milestones.add')}
        </Button>
        <FormErrorAlert error={Object.keys(fieldErrors).length > 0 ? null : save.error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={invalid} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
