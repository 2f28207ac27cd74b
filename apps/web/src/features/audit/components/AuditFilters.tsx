import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, parseDateVi } from '@mandate/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditEntityLabel } from '../audit-describe';

/** What the user typed, as kept in the address bar: dates as dd/mm/yyyy. */
export interface AuditFilterValues {
  entityType: string;
  entityId: string;
  actorId: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { entityType: '', entityId: '', actorId: '', action: '', from: '', to: '' };

interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (value: AuditFilterValues) => void;
  /** Offered only to roles that may list users; null hides the actor filter. */
  actors: { value: string; label: string }[] | null;
}

export function AuditFilters({ value, onApply, actors }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});
  const set = <K extends keyof AuditFilterValues>(key: K, v: AuditFilterValues[K]) => setDraft((d) => ({ ...d, [key]: v }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      from: draft.from && !parseDateVi(draft.from) ? t('audit.dateInvalid') : undefined,
      to: draft.to && !parseDateVi(draft.to) ? t('audit.dateInvalid') : undefined,
    };
    setDateErrors(errors);
    if (errors.from || errors.to) return;
    onApply({ ...draft, entityType: draft.entityType.trim(), entityId: draft.entityId.trim(), from: draft.from.trim(), to: draft.to.trim() });
  };

  const reset = () => {
    setDraft(EMPTY_AUDIT_FILTERS);
    setDateErrors({});
    onApply(EMPTY_AUDIT_FILTERS);
  };

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, xs: 2, md: actors ? 6 : 5 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('audit.entityType')}
          clearable
          data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: auditEntityLabel(t, type) }))}
          value={draft.entityType || null}
          onChange={(v) => set('entityType', v ?? '')}
        />
        <TextInput label={t('audit.entityId')} value={draft.entityId} onChange={(e) => set('entityId', e.currentTarget.value)} />
        {actors && <Select label={t('audit.actor')} searchable clearable data={actors} value={draft.actorId || null} onChange={(v) => set('actorId', v ?? '')} />}
        <Select
          label={t('audit.action')}
          clearable
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          value={draft.action || null}
          onChange={(v) => set('action', (v ?? '') as AuditAction | '')}
        />
        <TextInput label={t('audit.from')} placeholder={t('audit.datePlaceholder')} inputMode="numeric" value={draft.from} onChange={(e) => set('from', e.currentTarget.value)} error={dateErrors.from} />
        <TextInput label={t('audit.to')} placeholder={t('audit.datePlaceholder')} inputMode="numeric" value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} error={dateErrors.to} />
      </SimpleGrid>
      <Group gap="xs" mt="sm" mb="md">
        <Button type="submit" size="xs">
          {t('common.apply')}
        </Button>
        <Button variant="default" size="xs" onClick={reset}>
          {t('common.resetFilters')}
        </Button>
      </Group>
    </form>
  );
}
