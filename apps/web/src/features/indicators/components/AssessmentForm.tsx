import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { ASSESSMENT_STATUSES, type IndicatorTargetView } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useAssessTarget } from '../api/use-indicator-mutations';
import { targetText } from '../indicator-format';

/** A qualitative target has no figure: the UBND office records its assessment with a note. */
export function AssessmentForm({ target, editable }: { target: IndicatorTargetView; editable: boolean }) {
  const { t } = useTranslation();
  const assess = useAssessTarget();
  const [status, setStatus] = useState<string>(target.assessment?.status ?? 'on_track');
  const [note, setNote] = useState(target.assessment?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('indicators.assessment.title')}: {targetText(t, target)}
      </Text>
      {target.assessment && (
        <Text size="sm">
          {target.assessment.note} <Text span size="xs" c="dimmed">({t('indicators.assessment.by', { at: formatDate(target.assessment.assessedAt) })})</Text>
        </Text>
      )}
      {editable && (
        <Group align="flex-end" wrap="wrap">
          <Select label={t('indicators.assessment.status')} data={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`indicators.status.${s}`) }))} value={status} onChange={(v) => v && setStatus(v)} allowDeselect={false} w={200} />
          <Textarea label={t('indicators.assessment.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={error} autosize minRows={1} style={{ flex: 1, minWidth: 240 }} />
          <Button
            onClick={() => {
              if (!note.trim()) return setError(t('indicators.assessment.noteRequired'));
              setError(null);
              assess.mutate({ targetId: target.id, status, note: note.trim(), version: target.version });
            }}
            loading={assess.isPending}
          >
            {t('indicators.assessment.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
