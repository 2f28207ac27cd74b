import { Badge, Button, Group, Switch, Table, Title } from '@mantine/core';
import { can, type Department } from '@mandate/domain';
import { IconCircleCheck, IconCircleOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { EmptyTableRow } from '../../../../components/EmptyTableRow';
import { QueryErrorAlert } from '../../../../components/QueryErrorAlert';
import { RowActionIcon } from '../../../../components/RowActionIcon';
import { TableSkeleton } from '../../../../components/TableSkeleton';
import { useCurrentUser } from '../../../auth';
import type { DepartmentRecord } from '../api/departments.api';
import { departmentQueries } from '../api/departments.queries';
import { useUpdateDepartment } from '../api/use-department-mutations';
import { DepartmentAliasesSection } from './DepartmentAliasesSection';
import { DepartmentFormModal } from './DepartmentFormModal';

type Editing = { mode: 'create' } | { mode: 'edit'; id: string } | null;

export function DepartmentsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = can(user.role, 'departments.manage');
  const [includeInactive, setIncludeInactive] = useState(false);
  const departments = useQuery(departmentQueries.list({ includeInactive }));
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<DepartmentRecord | null>(null);
  const update = useUpdateDepartment();

  // Looked up from the list so a reload after a conflict hands the form the fresh version.
  const editedDepartment = editing?.mode === 'edit' ? (departments.data?.find((d) => d.id === editing.id) ?? null) : null;

  const confirmToggle = () => {
    if (!toggling) return;
    const activate = !toggling.active;
    update.mutate(
      { id: toggling.id, input: { active: activate, version: toggling.version }, change: activate ? 'activate' : 'deactivate' },
      { onSettled: () => setToggling(null) },
    );
  };

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('departments.title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create' })}>
            {t('departments.create')}
          </Button>
        )}
      </Group>
      <Switch mb="sm" label={t('departments.showInactive')} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
      {departments.isError ? (
        <QueryErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />
      ) : departments.isPending ? (
        <TableSkeleton columns={5} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('departments.code')}</Table.Th>
                <Table.Th>{t('departments.name')}</Table.Th>
                <Table.Th w={220}>{t('departments.kind')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                {canManage && <Table.Th w={100}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {departments.data.length === 0 && <EmptyTableRow columns={canManage ? 5 : 4}>{t('departments.empty')}</EmptyTableRow>}
              {departments.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td ff="monospace">{d.code}</Table.Td>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{t(`departments.kinds.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge department={d} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <RowActionIcon label={t('common.edit')} subject={d.name} icon={<IconPencil size={16} />} onClick={() => setEditing({ mode: 'edit', id: d.id })} />
                        <RowActionIcon
                          label={d.active ? t('common.deactivate') : t('common.activate')}
                          subject={d.name}
                          color={d.active ? 'red' : 'teal'}
                          icon={d.active ? <IconCircleOff size={16} /> : <IconCircleCheck size={16} />}
                          onClick={() => setToggling(d)}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {departments.data && <DepartmentAliasesSection departments={departments.data} canManage={canManage} />}
      {canManage && (
        <DepartmentFormModal
          opened={editing !== null}
          department={editedDepartment}
          onClose={() => setEditing(null)}
          onReload={() => void departments.refetch()}
          reloading={departments.isFetching}
        />
      )}
      <ConfirmDialog
        opened={toggling !== null}
        title={toggling?.active ? t('departments.confirmDeactivateTitle') : t('common.activate')}
        message={toggling?.active ? t('departments.confirmDeactivate', { name: toggling.name }) : (toggling?.name ?? '')}
        confirmLabel={toggling?.active ? t('common.deactivate') : t('common.activate')}
        danger={toggling?.active}
        loading={update.isPending}
        onConfirm={confirmToggle}
        onClose={() => setToggling(null)}
      />
    </>
  );
}

function StatusBadge({ department }: { department: Department }) {
  const { t } = useTranslation();
  return department.active ? (
    <Badge color="teal" variant="light">
      {t('common.active')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      {t('common.inactive')}
    </Badge>
  );
}
