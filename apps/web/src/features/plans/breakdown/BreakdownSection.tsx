import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import type { ProposedPackage } from '@mandate/domain';
import { IconArrowBackUp, IconArrowMerge, IconArrowsSplit, IconChevronDown, IconChevronRight, IconCopy, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BreakdownRow, dropRows, mergeRows, splitDepartments, splitRows, updateRow } from './breakdown-edits';
import { BreakdownRowView } from './BreakdownRowView';

export type RowsUpdater = (itemRef: string, update: (rows: BreakdownRow[]) => BreakdownRow[]) => void;

interface BreakdownSectionProps {
  itemRef: string;
  itemTitle: string;
  rows: BreakdownRow[];
  departments: ComboboxItem[];
  onRowsChange: RowsUpdater;
  onDateValidity: (rowId: string, valid: boolean) => void;
  /** Large plans start folded so the page mounts only what the user opens. */
  initiallyOpen: boolean;
}

/** The proposals of one leaf item: a collapsible section with its own selection, merge, split, drop and undo. */
export const BreakdownSection = memo(function BreakdownSection({ itemRef, itemTitle, rows, departments, onRowsChange, onDateValidity, initiallyOpen }: BreakdownSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  // The rows before each merge, split or drop, latest last: "Hoàn tác" puts the last of them back.
  const [history, setHistory] = useState<BreakdownRow[][]>([]);
  const chosenRows = rows.filter((r) => selected.has(r.rowId));
  const chosen = chosenRows.length;
  const splittable = chosenRows.some((r) => splitDepartments(r).length > 1);

  const onToggle = useCallback((rowId: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(rowId);
      else next.delete(rowId);
      return next;
    });
  }, []);
  const onChange = useCallback((rowId: string, patch: Partial<ProposedPackage>) => onRowsChange(itemRef, (prev) => updateRow(prev, rowId, patch)), [itemRef, onRowsChange]);

  const apply = (edit: (rows: BreakdownRow[], selected: ReadonlySet<string>) => BreakdownRow[]) => {
    const current = selected;
    setHistory((h) => [...h, rows]);
    onRowsChange(itemRef, (prev) => edit(prev, current));
    setSelected(new Set());
  };
  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((h) => h.slice(0, -1));
    onRowsChange(itemRef, () => previous);
    setSelected(new Set());
  };

  const headingId = `breakdown-${itemRef}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid="breakdown-section" data-item-ref={itemRef}>
      {/* On a phone the row actions go under the heading instead of pushing the page sideways. */}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 240px', minWidth: 0 }}>
          <ActionIcon variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={open ? t('plans.breakdown.collapse') : t('plans.breakdown.expand')}>
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
          <Text id={headingId} fw={600} size="sm" lineClamp={2} component="h2" m={0}>
            <Text span ff="monospace" fw={700} inherit>
              {itemRef}
            </Text>{' '}
            {itemTitle}
          </Text>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t('plans.breakdown.groupCount', { n: rows.length })}
          </Badge>
        </Group>
        {open && (rows.length > 0 || history.length > 0) && (
          <Group gap="xs" wrap="wrap">
            <Checkbox
              size="xs"
              label={t('plans.breakdown.selectAll')}
              checked={chosen === rows.length}
              indeterminate={chosen > 0 && chosen < rows.length}
              onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.rowId)) : new Set())}
            />
            <Button size="compact-xs" variant="light" leftSection={<IconArrowMerge size={14} />} disabled={chosen < 2} onClick={() => apply(mergeRows)}>
              {t('plans.breakdown.merge')}
            </Button>
            <Button size="compact-xs" variant="light" leftSection={<IconArrowsSplit size={14} />} disabled={!splittable} onClick={() => apply((r, s) => splitRows(r, s, 'byDepartment'))} title={t('plans.breakdown.splitByDepartmentHint')}>
              {t('plans.breakdown.splitByDepartment')}
            </Button>
            <Button size="compact-xs" variant="light" leftSection={<IconCopy size={14} />} disabled={chosen === 0} onClick={() => apply((r, s) => splitRows(r, s, 'copy'))} title={t('plans.breakdown.duplicateHint')}>
              {t('plans.breakdown.duplicate')}
            </Button>
            <Button size="compact-xs" variant="light" color="red" leftSection={<IconTrash size={14} />} disabled={chosen === 0} onClick={() => apply(dropRows)}>
              {t('plans.breakdown.drop')}
            </Button>
            <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} disabled={history.length === 0} onClick={undo}>
              {t('plans.breakdown.undo')}
            </Button>
          </Group>
        )}
      </Group>
      {open &&
        (rows.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('plans.breakdown.groupEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={1000} mt="xs">
            <Table verticalSpacing={6} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <VisuallyHidden>{t('plans.breakdown.select')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('plans.breakdown.titleLabel')}</Table.Th>
                  <Table.Th w={220}>{t('plans.breakdown.lead')}</Table.Th>
                  <Table.Th w={240}>{t('plans.breakdown.cooperating')}</Table.Th>
                  <Table.Th w={130}>{t('plans.breakdown.dueDate')}</Table.Th>
                  <Table.Th w={140}>{t('plans.breakdown.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <BreakdownRowView key={row.rowId} row={row} selected={selected.has(row.rowId)} departments={departments} onToggle={onToggle} onChange={onChange} onDateValidity={onDateValidity} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Paper>
  );
});
