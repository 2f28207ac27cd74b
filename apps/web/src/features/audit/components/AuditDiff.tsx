import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffRecords, formatDiffValue } from '../audit-diff';

// Secrets never reach the log, but be sure they are never echoed if one ever does.
const HIDDEN_FIELDS = new Set(['password', 'passwordHash', 'token', 'refreshToken']);

export function AuditDiff({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  const diffs = diffRecords(before, after).filter((d) => !HIDDEN_FIELDS.has(d.field));
  if (diffs.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {diffs.map((d) => (
        <Text key={d.field} component="li" size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          <Text span fw={600} inherit>
            {d.field}
          </Text>
          {': '}
          {d.kind !== 'added' && (
            <Text span inherit c="red.7" td="line-through" aria-label={`${t('audit.before')}: ${formatDiffValue(d.before)}`}>
              {formatDiffValue(d.before)}
            </Text>
          )}
          {d.kind === 'changed' && ' → '}
          {d.kind !== 'removed' && (
            <Text span inherit c="teal.7" aria-label={`${t('audit.after')}: ${formatDiffValue(d.after)}`}>
              {formatDiffValue(d.after)}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}
