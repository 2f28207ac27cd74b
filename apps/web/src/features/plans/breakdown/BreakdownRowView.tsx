import { Badge, Checkbox, Group, MultiSelect, Select, Table, Text, TextInput } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { formatTarget, type LeadSource, type ProposedPackage } from '@mandate/domain';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow } from './breakdown-edits';
import { DueDateInput } from './DueDateInput';

export interface BreakdownRowViewProps {
  row: BreakdownRow;
  selected: boolean;
  departments: ComboboxItem[];
  onToggle: (rowId: string, selected: boolean) => void;
  onChange: (rowId: string, patch: Partial<ProposedPackage>) => void;
  onDateValidity: (rowId: string, valid: boolean) => void;
}

/** One proposal; memoized so typing in one row re-renders that row only. */
export const BreakdownRowView = memo(function BreakdownRowView({ row, selected, departments, onToggle, onChange, onDateValidity }: BreakdownRowViewProps) {
  const { t } = useTranslation();
  const qualitative = t('plans.qualitative');
  const cooperatingOptions = departments.filter((d) => d.value !== row.leadDepartmentId);
  return (
    <Table.Tr data-testid="proposal-row" data-item-ref={row.itemRef}>
      <Table.Td valign="top">
        <Checkbox aria-label={t('plans.breakdown.selectRow', { title: row.title })} checked={selected} onChange={(e) => onToggle(row.rowId, e.currentTarget.checked)} />
      </Table.Td>
      <Table.Td valign="top">
        <TextInput
          size="xs"
          aria-label={t('plans.breakdown.titleLabel')}
          value={row.title}
          error={row.title.trim() ? undefined : t('plans.breakdown.titleRequired')}
          onChange={(e) => onChange(row.rowId, { title: e.currentTarget.value })}
        />
        {/* A native title, not a Tooltip: 150 floating tooltips cost more than they give. */}
        <Text size="xs" c="dimmed" lineClamp={2} mt={4} title={row.sourceText} data-testid="proposal-source">
          {row.sourceText}
        </Text>
        <TextInput
          size="xs"
          mt={4}
          aria-label={t('plans.breakdown.expectedOutputLabel')}
          placeholder={t('plans.breakdown.expectedOutputLabel')}
          value={row.expectedOutput ?? ''}
          data-testid="proposal-output"
          onChange={(e) => onChange(row.rowId, { expectedOutput: e.currentTarget.value || null })}
        />
      </Table.Td>
      <Table.Td valign="top">
        <Select
          size="xs"
          aria-label={t('plans.breakdown.lead')}
          data={departments}
          value={row.leadDepartmentId || null}
          searchable
          allowDeselect={false}
          error={row.leadDepartmentId ? undefined : t('plans.breakdown.leadRequired')}
          onChange={(value) => onChange(row.rowId, { leadDepartmentId: value ?? '', leadSource: 'user' })}
        />
        <Group gap={4} mt={4}>
          <LeadSourceBadge source={row.leadSource} />
        </Group>
        {row.agencies
          .filter((a) => a.departmentId === null)
          .map((a) => (
            <Text key={a.name} size="xs" c="orange.8" mt={2} data-testid="proposal-unmatched">
              {a.how === 'group' ? t('plans.breakdown.groupAgency', { name: a.name }) : t('plans.breakdown.unmatchedAgency', { name: a.name })}
            </Text>
          ))}
        {row.reason && (
          <Text size="xs" c="dimmed" lineClamp={1} mt={2} title={t('plans.breakdown.reason', { reason: row.reason })}>
            {t('plans.breakdown.reason', { reason: row.reason })}
          </Text>
        )}
      </Table.Td>
      <Table.Td valign="top">
        <MultiSelect
          size="xs"
          aria-label={t('plans.breakdown.cooperating')}
          data={cooperatingOptions}
          value={row.cooperatingDepartmentIds}
          searchable
          onChange={(value) => onChange(row.rowId, { cooperatingDepartmentIds: value })}
        />
      </Table.Td>
      <Table.Td valign="top">
        <DueDateInput
          aria-label={t('plans.breakdown.dueDate')}
          value={row.dueDate}
          onChange={(dueDate) => onChange(row.rowId, { dueDate })}
          onValidityChange={(valid) => onDateValidity(row.rowId, valid)}
        />
      </Table.Td>
      <Table.Td valign="top">
        <Text size="sm" data-testid="proposal-target">
          {row.target ? formatTarget(row.target, { qualitative }) : '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
});

const LEAD_SOURCE_COLOR: Record<LeadSource, string> = { document: 'teal', content: 'gray', user: 'blue' };

/** Where the proposed lead came from: the document's own assignment, a guess from the sentence, or the user. */
function LeadSourceBadge({ source }: { source: LeadSource }) {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" color={LEAD_SOURCE_COLOR[source]} data-testid="lead-source">
      {t(`plans.breakdown.leadSource.${source}`)}
    </Badge>
  );
}
