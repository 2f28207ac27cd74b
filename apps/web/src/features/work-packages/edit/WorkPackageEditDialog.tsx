import { Alert, Button, Group, List, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { EXPECTED_OUTPUT_MAX_LENGTH, PRIORITIES, PRIORITY_LABELS, type Priority, TITLE_MAX_LENGTH, type WorkPackageDetail } from '@mandate/domain';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors, errorMessage, isVersionConflict } from '../../../lib/error-message';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { auditKeys } from '../../audit/api/audit.queries';
import { boardKeys } from '../../board/api/board.queries';
import { deadlineKeys } from '../../deadlines/api/deadlines.queries';
import { indicatorKeys, indicatorQueries } from '../../indicators/api/indicator.queries';
import { indicatorLabel } from '../../indicators/indicator-format';
import { DueDateInput } from '../../plans/breakdown/DueDateInput';
import { workPackagesApi } from '../api/work-packages.api';
import { workPackageKeys, workPackageQueries } from '../api/work-package.queries';
import { changesOf, differingFields, draftOf, type FormField, type PackageDraft } from './package-edit';

interface Conflict {
  latest: WorkPackageDetail;
  fields: FormField[];
}

/**
 * The package form (sửa nhiệm vụ): what the caller may edit, sent with If-Match on the version it was opened on. When someone
 * else saved in between, it lists what they changed and lets the user apply their own changes over the new version.
 */
export function WorkPackageEditDialog({ pkg, opened, onClose }: { pkg: WorkPackageDetail; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const editable = pkg.abilities.editableFields;
  const can = (field: FormField) => editable.includes(field);
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const users = useQuery({ ...workPackageQueries.assignableUsers(), enabled: opened && can('assigneeIds') });
  const siblings = useQuery({ ...workPackageQueries.list({ planId: pkg.planId ?? undefined }), enabled: opened && can('parentId') && pkg.planId !== null });
  const indicators = useQuery({ ...indicatorQueries.list(pkg.planId ?? ''), enabled: opened && can('indicatorId') && pkg.planId !== null });

  const [base, setBase] = useState<WorkPackageDetail>(pkg);
  const [draft, setDraft] = useState<PackageDraft>(() => draftOf(pkg));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [datesValid, setDatesValid] = useState({ startDate: true, dueDate: true });
  const set = <K extends FormField>(field: K, value: PackageDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const save = useMutation({
    mutationFn: () => workPackagesApi.update(base.id, base.version, changesOf(draftOf(base), draft, editable)),
    onSuccess: (saved) => {
      queryClient.setQueryData(workPackageKeys.detail(saved.id), saved);
      notifySuccess(t('packageEdit.saved'));
      setConflict(null);
      onClose();
    },
    onError: async (error) => {
      if (!isVersionConflict(error)) return;
      const latest = await queryClient.fetchQuery({ ...workPackageQueries.detail(base.id), staleTime: 0 });
      setConflict({ latest, fields: differingFields(draftOf(base), draftOf(latest)) });
    },
    onSettled: () => Promise.all([boardKeys.all, workPackageKeys.lists(), deadlineKeys.all, auditKeys.all, workPackageKeys.history(pkg.id), indicatorKeys.details()].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });

  const fieldErrors = apiFieldErrors(t, save.error);
  const deptName = (id: string | null) => departments.data?.find((d) => d.id === id)?.name ?? '';
  const userName = (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? '';
  const indicatorName = (id: string | null) => {
    const indicator = indicators.data?.items.find((i) => i.id === id);
    return indicator ? indicatorLabel(indicator) : '';
  };
  const packageTitle = (id: string | null) => (id ? (siblings.data?.find((p) => p.id === id)?.title ?? '') : '');
  const shown = (field: FormField, value: PackageDraft[FormField]): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.none');
    switch (field) {
      case 'leadDepartmentId':
        return deptName(value as string);
      case 'cooperatingDepartmentIds':
        return (value as string[]).map(deptName).join(', ');
      case 'assigneeIds':
        return (value as string[]).map(userName).filter(Boolean).join(', ') || t('packageEdit.people', { count: (value as string[]).length });
      case 'parentId':
        return packageTitle(value as string);
      case 'indicatorId':
        return indicatorName(value as string);
      case 'startDate':
      case 'dueDate':
        return formatDate(value as string);
      case 'priority':
        return PRIORITY_LABELS[value as Priority][lang];
      case 'progress':
        return `${value}%`;
      default:
        return String(value);
    }
  };

  // The user keeps their own edits and saves them over the version someone else saved.
  const applyOverLatest = () => {
    if (!conflict) return;
    const mine = changesOf(draftOf(base), draft, editable);
    setBase(conflict.latest);
    setDraft({ ...draftOf(conflict.latest), ...mine });
    setConflict(null);
    save.reset();
  };

  const close = () => {
    setBase(pkg);
    setDraft(draftOf(pkg));
    setConflict(null);
    save.reset();
    onClose();
  };

  const nothingChanged = Object.keys(changesOf(draftOf(base), draft, editable)).length === 0;
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const parties = new Set([draft.leadDepartmentId, ...draft.cooperatingDepartmentIds]);
  const userOptions = (users.data ?? []).filter((u) => (u.departmentId && parties.has(u.departmentId)) || draft.assigneeIds.includes(u.id)).map((u) => ({ value: u.id, label: `${u.displayName} — ${deptName(u.departmentId)}` }));
  const indicatorOptions = (indicators.data?.items ?? []).map((i) => ({ value: i.id, label: indicatorLabel(i) }));
  const parentOptions = (siblings.data ?? []).filter((p) => p.id !== pkg.id && p.parentId !== pkg.id).map((p) => ({ value: p.id, label: p.itemRef ? `${p.itemRef} — ${p.title}` : p.title }));

  return (
    <Modal opened={opened} onClose={close} title={t('packageEdit.title')} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        noValidate
        aria-label={t('packageEdit.title')}
      >
        <Stack>
          {conflict && (
            <Alert color="orange" icon={<IconRefreshAlert size={18} />} role="alert" title={t('packageEdit.conflictTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('packageEdit.conflictIntro')}</Text>
                {conflict.fields.length > 0 ? (
                  <List size="sm" data-testid="conflict-changes">
                    {conflict.fields.map((field) => (
                      <List.Item key={field}>
                        <b>{t(`packageEdit.fields.${field}`)}</b>: {shown(field, draftOf(base)[field])} → {shown(field, draftOf(conflict.latest)[field])}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">{t('packageEdit.conflictOther')}</Text>
                )}
                <Group>
                  <Button size="xs" color="orange" onClick={applyOverLatest}>
                    {t('packageEdit.applyOverLatest')}
                  </Button>
                  <Button size="xs" variant="default" onClick={close}>
                    {t('packageEdit.discard')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {save.error && !isVersionConflict(save.error) && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error)}
            </Alert>
          )}
          {can('title') && (
            <TextInput label={t('packageEdit.fields.title')} required maxLength={TITLE_MAX_LENGTH} value={draft.title} error={fieldErrors.title} onChange={(e) => set('title', e.currentTarget.value)} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {can('leadDepartmentId') && (
              <Select
                label={t('packageEdit.fields.leadDepartmentId')}
                required
                searchable
                allowDeselect={false}
                data={deptOptions}
                value={draft.leadDepartmentId}
                error={fieldErrors.leadDepartmentId}
                onChange={(value) => {
                  if (!value) return;
                  setDraft((d) => ({ ...d, leadDepartmentId: value, cooperatingDepartmentIds: d.cooperatingDepartmentIds.filter((id) => id !== value) }));
                }}
              />
            )}
            {can('cooperatingDepartmentIds') && (
              <MultiSelect
                label={t('packageEdit.fields.cooperatingDepartmentIds')}
                searchable
                data={deptOptions.filter((o) => o.value !== draft.leadDepartmentId)}
                value={draft.cooperatingDepartmentIds}
                error={fieldErrors.cooperatingDepartmentIds}
                onChange={(value) => set('cooperatingDepartmentIds', value)}
              />
            )}
            {can('assigneeIds') && (
              <MultiSelect
                label={t('packageEdit.fields.assigneeIds')}
                description={t('packageEdit.assigneesHint')}
                searchable
                data={userOptions}
                value={draft.assigneeIds}
                error={fieldErrors.assigneeIds}
                onChange={(value) => set('assigneeIds', value)}
              />
            )}
            {can('parentId') && pkg.planId !== null && (
              <Select
                label={t('packageEdit.fields.parentId')}
                searchable
                clearable
                data={parentOptions}
                value={draft.parentId}
                error={fieldErrors.parentId}
                onChange={(value) => set('parentId', value)}
              />
            )}
            {can('indicatorId') && pkg.planId !== null && (
              <Select
                label={t('packageEdit.fields.indicatorId')}
                description={t('packageEdit.indicatorHint')}
                searchable
                clearable
                data={indicatorOptions}
                value={draft.indicatorId}
                error={fieldErrors.indicatorId}
                onChange={(value) => set('indicatorId', value)}
              />
            )}
            {can('startDate') && (
              <DueDateInput
                label={t('packageEdit.fields.startDate')}
                aria-label={t('packageEdit.fields.startDate')}
                value={draft.startDate}
                onChange={(value) => set('startDate', value)}
                onValidityChange={(valid) => setDatesValid((v) => ({ ...v, startDate: valid }))}
              />
            )}
            {can('dueDate') && (
              <DueDateInput
                label={t('packageEdit.fields.dueDate')}
                aria-label={t('packageEdit.fields.dueDate')}
                description={pkg.originalDueDate ? t('packageEdit.originalDueDate', { date: formatDate(pkg.originalDueDate) }) : undefined}
                value={draft.dueDate}
                onChange={(value) => set('dueDate', value)}
                onValidityChange={(valid) => setDatesValid((v) => ({ ...v, dueDate: valid }))}
                error={fieldErrors.dueDate}
              />
            )}
            {can('priority') && (
              <Select
                label={t('packageEdit.fields.priority')}
                allowDeselect={false}
                data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p][lang] }))}
                value={draft.priority}
                onChange={(value) => value && set('priority', value as Priority)}
              />
            )}
            {can('progress') && (
              <NumberInput
                label={t('packageEdit.fields.progress')}
                min={0}
                max={100}
                suffix="%"
                allowDecimal={false}
                value={draft.progress}
                error={fieldErrors.progress}
                onChange={(value) => set('progress', typeof value === 'number' ? value : Number(value) || 0)}
              />
            )}
          </SimpleGrid>
          {can('expectedOutput') && (
            <Textarea
              label={t('packageEdit.fields.expectedOutput')}
              autosize
              minRows={2}
              maxLength={EXPECTED_OUTPUT_MAX_LENGTH}
              value={draft.expectedOutput ?? ''}
              error={fieldErrors.expectedOutput}
              onChange={(e) => set('expectedOutput', e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={conflict !== null || nothingChanged || !datesValid.startDate || !datesValid.dueDate}>
              {t('packageEdit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
