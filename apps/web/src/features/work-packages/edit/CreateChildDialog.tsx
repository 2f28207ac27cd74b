import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { EXPECTED_OUTPUT_MAX_LENGTH, TITLE_MAX_LENGTH, type WorkPackageDetail } from '@mandate/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiFieldErrors, errorMessage } from '../../../lib/error-message';
import { notifySuccess } from '../../../lib/notify';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { boardKeys } from '../../board/api/board.queries';
import { deadlineKeys } from '../../deadlines/api/deadlines.queries';
import { DueDateInput } from '../../plans/breakdown/DueDateInput';
import { workPackageKeys } from '../api/work-package.queries';
import { workPackagesApi } from '../api/work-packages.api';

/**
 * A sub-package (nhiệm vụ con) of a package: same plan and item, its own title, lead, due date and output. Starts from
 * the parent's lead and due date; the new package opens once it is created.
 */
export function CreateChildDialog({ parent, opened, onClose }: { parent: WorkPackageDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const departments = useQuery({ ...departmentQueries.list({ includeInactive: false }), enabled: opened });
  const [title, setTitle] = useState('');
  const [leadDepartmentId, setLead] = useState<string | null>(parent.leadDepartmentId);
  const [dueDate, setDueDate] = useState<string | null>(parent.dueDate);
  const [dateValid, setDateValid] = useState(true);
  const [expectedOutput, setOutput] = useState('');

  const create = useMutation({
    mutationFn: () =>
      workPackagesApi.create({
        planId: parent.planId,
        itemRef: parent.itemRef,
        parentId: parent.id,
        title: title.trim(),
        leadDepartmentId: leadDepartmentId ?? '',
        dueDate,
        expectedOutput: expectedOutput.trim() || null,
      }),
    onSuccess: (child) => {
      notifySuccess(t('packageEdit.child.created'));
      onClose();
      void navigate(`/work-packages/${child.id}`);
    },
    onSettled: () => Promise.all([boardKeys.all, workPackageKeys.lists(), workPackageKeys.children(parent.id), deadlineKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  const fieldErrors = apiFieldErrors(t, create.error);
  const ready = title.trim().length > 0 && leadDepartmentId !== null && dateValid;
  const options = (departments.data ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));

  return (
    <Modal opened={opened} onClose={onClose} title={t('packageEdit.child.title', { parent: parent.title })} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) create.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('packageEdit.fields.title')} required maxLength={TITLE_MAX_LENGTH} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} data-autofocus />
          <Select label={t('packageEdit.fields.leadDepartmentId')} required searchable allowDeselect={false} data={options} value={leadDepartmentId} onChange={setLead} error={fieldErrors.leadDepartmentId} />
          <DueDateInput label={t('packageEdit.fields.dueDate')} aria-label={t('packageEdit.fields.dueDate')} value={dueDate} onChange={setDueDate} onValidityChange={setDateValid} error={fieldErrors.dueDate} />
          <TextInput label={t('packageEdit.fields.expectedOutput')} maxLength={EXPECTED_OUTPUT_MAX_LENGTH} value={expectedOutput} onChange={(e) => setOutput(e.currentTarget.value)} error={fieldErrors.expectedOutput} />
          {create.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              {t('packageEdit.child.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
