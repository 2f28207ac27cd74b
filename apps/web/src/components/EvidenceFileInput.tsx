import { FileInput } from '@mantine/core';
import { EVIDENCE_KIND_RULES, EVIDENCE_MAX_FILES } from '@mandate/domain';
import { IconPaperclip } from '@tabler/icons-react';

/** The file kinds the API takes as evidence, for the browser's file picker. */
const ACCEPT = Object.values(EVIDENCE_KIND_RULES)
  .flatMap((rule) => rule.extensions)
  .join(',');

interface EvidenceFileInputProps {
  label: string;
  description?: string;
  required?: boolean;
  error?: string;
  value: File[];
  onChange: (files: File[]) => void;
}

/** Evidence files for a progress report, a completion or a supervision answer: the kinds and at most the number the API takes. */
export function EvidenceFileInput({ label, description, required, error, value, onChange }: EvidenceFileInputProps) {
  return (
    <FileInput
      label={label}
      description={description}
      required={required}
      error={error}
      multiple
      clearable
      leftSection={<IconPaperclip size={14} />}
      value={value}
      onChange={(files) => onChange(files.slice(0, EVIDENCE_MAX_FILES))}
      accept={ACCEPT}
    />
  );
}
