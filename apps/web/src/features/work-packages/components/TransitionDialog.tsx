import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type CompletionReportInput, MAX_REASON_LENGTH, type WorkPackageStatus } from '@mandate/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../labels';

export interface TransitionDetails {
  reason?: string;
  report?: CompletionReportInput;
}

interface TransitionDialogProps {
  /** Null closes the dialog. `note`: words are optional (the approval's note); the completion report has its own dialog. */
  move: { title: string; to: WorkPackageStatus; requires: 'reason' | 'note' } | null;
  onSubmit: (details: TransitionDetails) => void;
  onClose: () => void;
}

/** Asks for the reason (block, return, cancel, reopen) or an optional note (approve) before the move is sent. */
export function TransitionDialog({ move, onSubmit, onClose }: TransitionDialogProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const optional = move?.requires === 'note';

  const close = () => {
    setText('');
    setError(null);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!move) return;
    const value = text.trim();
    if (value.length === 0 && !optional) {
      setError(t('workPackages.dialog.reasonRequired'));
      return;
    }
    onSubmit(value.length > 0 ? { reason: value } : {});
    setText('');
    setError(null);
  };

  return (
    <Modal opened={move !== null} onClose={close} title={move ? t('workPackages.dialog.reasonTitle', { status: labels.status(move.to) }) : ''}>
      {move && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" fw={500}>
              {move.title}
            </Text>
            <Textarea
              label={t(optional ? 'completion.approvalNote' : 'workPackages.dialog.reasonLabel')}
              description={optional ? t('completion.approvalNoteHint') : undefined}
              required={!optional}
              autosize
              minRows={optional ? 2 : 4}
              maxLength={MAX_REASON_LENGTH}
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
