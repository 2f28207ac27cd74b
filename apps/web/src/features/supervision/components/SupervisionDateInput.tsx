import { TextInput } from '@mantine/core';
import { formatDateVi, parseDateVi } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SupervisionDateInputProps {
  label: string;
  description?: string;
  /** YYYY-MM-DD, or null when empty or not (yet) a date. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | null;
  required?: boolean;
}

/** A deadline typed dd/mm/yyyy, as Vietnamese documents write it; the value stays YYYY-MM-DD. */
export function SupervisionDateInput({ label, description, value, onChange, error, required }: SupervisionDateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  const invalid = text.trim() !== '' && parseDateVi(text) === null;
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      placeholder={t('supervision.datePlaceholder')}
      value={text}
      error={invalid ? t('supervision.invalidDate') : (error ?? undefined)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(next.trim() === '' ? null : parseDateVi(next));
      }}
      w={220}
    />
  );
}
