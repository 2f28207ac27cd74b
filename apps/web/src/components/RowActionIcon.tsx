import { ActionIcon, type MantineColor, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

interface RowActionIconProps {
  /** What the action does ("Sửa"): the tooltip, and with `subject` the accessible name ("Sửa: Sở Tài chính"). */
  label: string;
  /** What row it acts on, so a screen reader tells the rows' buttons apart. */
  subject: string;
  icon: ReactNode;
  color?: MantineColor;
  loading?: boolean;
  onClick: () => void;
}

/** An icon button acting on one row of a table, with its words in a tooltip. */
export function RowActionIcon({ label, subject, icon, color, loading, onClick }: RowActionIconProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={`${label}: ${subject}`} loading={loading} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
