import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  onCancel: () => void;
  /** The submit button's words; "Lưu" when left out. */
  submitLabel?: string;
  loading?: boolean;
  mt?: MantineSpacing;
}

/** The foot of a form: "Hủy" closes it, the submit button (right-most) sends it. */
export function FormActions({ onCancel, submitLabel, loading, mt }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
