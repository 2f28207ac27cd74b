import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { MAX_REASON_LENGTH, MAX_REPORT_SUMMARY_LENGTH, type WorkPackageStatus } from '@mandate/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../labels';

export interface TransitionDetails {
  reason?: string;
  report?: { summary: string };
}

interface TransitionDialogProps {
  /** Null closes the dialog. */
  move: { title: string; to: WorkPackageStatus; requires: 'reason' | 'report' } | null;
  onSubmit: (details: TransitionDetails) => void;
  onClose: () => void;
}

/** Asks for the reason (block, return, cancel, reopen) or the completion report (submit) before the move is sent. */
export function TransitionDialog({ move, onSubmit, onClose }: TransitionDialogProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isReport = move?.requires === 'report';

  const close = () => {
    setText('');
    setError(null);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!move) return;
    const value = text.trim();
    if (value.length === 0) {
      setError(t(isReport ? 'workPackages.dialog.reportRequired' : 'workPackages.dialog.reasonRequired'));
      return;
    }
    onSubmit(isReport ? { report: { summary: value } } : { reason: value });
    setText('');
    setError(null);
  };

  return (
    <Modal opened={move !== null} onClose={close} title={move ? t(isReport ? 'workPackages.dialog.reportTitle' : 'workPackages.dialog.reasonTitle', { status: labels.status(move.to) }) : ''}>
      {move && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" fw={500}>
              {move.title}
            </Text>
            <Textarea
              label={t(isReport ? 'workPackages.dialog.reportLabel' : 'workPackages.dialog.reasonLabel')}
              description={isReport ? t('workPackages.dialog.reportHint') : undefined}
              required
              autosize
              minRows={4}
              maxLength={isReport ? MAX_REPORT_SUMMARY_LENGTH : MAX_REASON_LENGTH}
              value={text}
              error={error}
              onChange={(event) => setText(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('workPackages.dialog.confirm', { status: labels.status(move.to) })}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
