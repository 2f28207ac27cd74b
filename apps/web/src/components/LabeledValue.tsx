import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact of a record's page: a small grey label above its value. */
export function LabeledValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
