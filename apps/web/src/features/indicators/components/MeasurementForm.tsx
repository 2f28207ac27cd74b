import { Button, Checkbox, FileInput, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { type IndicatorDetail, type MeasurementKind } from '@mandate/domain';
import { IconPaperclip } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../lib/error-message';
import { useAddMeasurement } from '../api/use-indicator-mutations';
import { periodOptions, targetText } from '../indicator-format';

/** A department (or the UBND office) enters one period's figures for the quantitative targets, with their source and an evidence file. */
export function MeasurementForm({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const add = useAddMeasurement(indicator.id);
  const year = indicator.planYear ?? new Date().getFullYear();
  const measured = indicator.targets.filter((target) => target.comparator !== 'qualitative' && target.value !== null);
  const [period, setPeriod] = useState<string>(`${year}-Q1`);
  const [kind, setKind] = useState<MeasurementKind>('estimate');
  const [values, setValues] = useState<Record<string, number | ''>>({});
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [correction, setCorrection] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (measured.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entered = measured.filter((target) => typeof values[target.id] === 'number').map((target) => ({ targetId: target.id, value: values[target.id] as number }));
    const problems: Record<string, string> = {};
    if (entered.length === 0) problems['values'] = t('indicators.measurements.valueRequired');
    if (source.trim().length === 0) problems['source'] = t('indicators.measurements.sourceRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    add.mutate(
      { period, kind, values: entered, source: source.trim(), note: note.trim() || undefined, correction, file },
      {
        onSuccess: () => {
          setValues({});
          setSource('');
          setNote('');
          setFile(null);
          setCorrection(false);
        },
        onError: (error) => {
          setErrors(apiFieldErrors(t, error));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.measurements.new')}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('indicators.measurements.new')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <Select label={t('indicators.period.label')} data={periodOptions(t, year)} value={period} onChange={(v) => v && setPeriod(v)} allowDeselect={false} w={240} error={errors['period']} />
          <div>
            <Text size="sm" fw={500} mb={2}>
              {t('indicators.measurements.kind')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v as MeasurementKind)}
              data={[
                { value: 'estimate', label: t('indicators.kind.estimate') },
                { value: 'official', label: t('indicators.kind.official') },
              ]}
            />
          </div>
        </Group>
        <Text size="sm" fw={500}>
          {t('indicators.measurements.values')}
        </Text>
        {measured.map((target, i) => (
          <NumberInput
            key={target.id}
            label={targetText(t, target)}
            aria-label={`${t('indicators.measurements.value')}: ${targetText(t, target)}`}
            decimalSeparator=","
            thousandSeparator="."
            decimalScale={4}
            suffix={target.unit ? ` ${target.unit}` : undefined}
            value={values[target.id] ?? ''}
            onChange={(v) => setValues((prev) => ({ ...prev, [target.id]: typeof v === 'number' ? v : '' }))}
            error={errors[`values[${i}].value`]}
            w={{ base: '100%', sm: 360 }}
          />
        ))}
        {errors['values'] && (
          <Text size="sm" c="red" role="alert">
            {errors['values']}
          </Text>
        )}
        <TextInput label={t('indicators.measurements.source')} placeholder={t('indicators.measurements.sourceHint')} required value={source} onChange={(e) => setSource(e.currentTarget.value)} error={errors['source']} />
        <Textarea label={t('indicators.measurements.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <FileInput
          label={t('indicators.measurements.evidence')}
          description={t('indicators.measurements.evidenceHint')}
          clearable
          leftSection={<IconPaperclip size={14} />}
          value={file}
          onChange={setFile}
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.txt"
          error={errors['file'] ?? errors['file[0]']}
        />
        <Checkbox label={t('indicators.measurements.correction')} checked={correction} onChange={(e) => setCorrection(e.currentTarget.checked)} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('indicators.measurements.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
