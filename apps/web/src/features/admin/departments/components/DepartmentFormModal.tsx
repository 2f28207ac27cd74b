import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { DEPARTMENT_CODE_PATTERN, DEPARTMENT_KINDS, type DepartmentKind } from '@mandate/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../../components/FormActions';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { apiFieldErrors } from '../../../../lib/error-message';
import type { DepartmentRecord } from '../api/departments.api';
import { useCreateDepartment, useUpdateDepartment } from '../api/use-department-mutations';

interface DepartmentFormModalProps {
  opened: boolean;
  /** null creates a department. */
  department: DepartmentRecord | null;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

type Field = 'code' | 'name' | 'kind';

export function DepartmentFormModal({ opened, department, onClose, onReload, reloading }: DepartmentFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={department ? t('departments.editTitle') : t('departments.createTitle')}>
      {/* Keyed by version so a reload after a conflict refills the form with what is now saved. */}
      <DepartmentForm key={department ? `${department.id}-${department.version}` : 'new'} department={department} onDone={onClose} onReload={onReload} reloading={reloading} />
    </Modal>
  );
}

function DepartmentForm({ department, onDone, onReload, reloading }: { department: DepartmentRecord | null; onDone: () => void; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(department?.code ?? '');
  const [name, setName] = useState(department?.name ?? '');
  const [kind, setKind] = useState<DepartmentKind>(department?.kind ?? 'provincial');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const mutation = department ? update : create;
  const errors = { ...apiFieldErrors(t, mutation.error), ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!department && !DEPARTMENT_CODE_PATTERN.test(code.trim())) problems.code = t('departments.codeInvalid');
    if (!name.trim()) problems.name = t('departments.nameRequired');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (department) {
      update.mutate({ id: department.id, input: { name: name.trim(), kind, version: department.version }, change: 'edit' }, { onSuccess: onDone });
    } else {
      create.mutate({ code: code.trim(), name: name.trim(), kind }, { onSuccess: onDone });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={mutation.error} onReload={onReload} reloading={reloading} />
        <TextInput
          label={t('departments.code')}
          description={department ? undefined : t('departments.codeHint')}
          required={!department}
          disabled={Boolean(department)}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
          error={errors['code']}
          data-autofocus={department ? undefined : true}
        />
        <TextInput label={t('departments.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors['name']} data-autofocus={department ? true : undefined} />
        <Select
          label={t('departments.kind')}
          required
          allowDeselect={false}
          value={kind}
          onChange={(value) => value && setKind(value as DepartmentKind)}
          data={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`departments.kinds.${k}`) }))}
          error={errors['kind']}
        />
        <FormActions onCancel={onDone} loading={mutation.isPending} mt="sm" />
      </Stack>
    </form>
  );
}
