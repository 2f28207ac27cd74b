import { TextInput } from '@mantine/core';
import { formatDateVi } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDueDateInput } from './breakdown-edits';

interface DueDateInputProps {
  /** YYYY-MM-DD or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Told when the typed text stops or starts being a date, so confirming can wait for a fix. */
  onValidityChange: (valid: boolean) => void;
  'aria-label': string;
  /** A visible label (forms); the break-down table has none. */
  label?: string;
  description?: string;
  /** An error from the server, shown when the text itself is a date. */
  error?: string;
}

/** Shows and accepts dd/mm/yyyy while the value stays YYYY-MM-DD; the typed text is only applied once it is a real date. */
export function DueDateInput({ value, onChange, onValidityChange, 'aria-label': ariaLabel, label, description, error }: DueDateInputProps) {
  const { t } = useTranslation();
  // null while the user is not typing: the field then shows the value itself (which a merge may have changed).
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value ? formatDateVi(value) : '');
  const parsed = draft === null ? value : parseDueDateInput(draft);
  const invalid = parsed === undefined;

  const commit = () => {
    if (draft === null) return;
    const next = parseDueDateInput(draft);
    if (next === undefined) return;
    setDraft(null);
    if (next !== value) onChange(next);
  };

  return (
    <TextInput
      size={label ? 'sm' : 'xs'}
      label={label}
      description={description}
      aria-label={label ? undefined : ariaLabel}
      placeholder={t('plans.breakdown.datePlaceholder')}
      value={shown}
      error={invalid ? t('plans.breakdown.invalidDate') : error}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        onValidityChange(parseDueDateInput(text) !== undefined);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
