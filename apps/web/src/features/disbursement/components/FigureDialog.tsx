import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { type DisbursementProject, monthsBetween } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { apiFieldErrors } from '../../../lib/error-message';
import { formatMonth } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useSetDisbursementFigure } from '../api/disbursement.queries';
import { useMoney } from '../use-money';

/** Typed in: a project's cumulative disbursed amount to a month's end, in đồng. */
export function FigureDialog({ planId, project, year, defaultMonth, onClose, onReload }: { planId: string; project: DisbursementProject; year: number; defaultMonth: string; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [month, setMonth] = useState(defaultMonth);
  const [amount, setAmount] = useState<number | string>(project.disbursed);
  const save = useSetDisbursementFigure(planId);
  const fieldErrors = apiFieldErrors(t, save.error);
  const value = typeof amount === 'number' ? amount : Number.NaN;
  const tooHigh = value > project.allocated;
  const submit = () =>
    save.mutate(
      { projectId: project.id, month, cumulative: value, version: project.version },
      {
        onSuccess: () => {
          notifySuccess(t('disbursement.figure.saved'));
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('disbursement.figure.title')}>
      <Stack>
        <Text size="sm" fw={500}>
          {project.code} — {project.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t('disbursement.figure.allocation', { amount: money(project.allocated) })}
        </Text>
        <Select label={t('disbursement.import.month')} data={monthsBetween(`${year}-01`, `${year}-12`).map((m) => ({ value: m, label: formatMonth(m) }))} value={month} onChange={(v) => v && setMonth(v)} allowDeselect={false} />
        <NumberInput
          label={t('disbursement.figure.cumulative')}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          suffix=" đ"
          value={amount}
          onChange={setAmount}
          error={tooHigh || fieldErrors['cumulative'] ? t('disbursement.figure.aboveAllocation') : undefined}
          description={Number.isFinite(value) ? money(value) : undefined}
        />
        <FormErrorAlert error={Object.keys(fieldErrors).length > 0 ? null : save.error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!Number.isFinite(value) || tooHigh} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
