import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { can, type User } from '@mandate/domain';
import { IconLock, IconLockOpen, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { EmptyTableRow } from '../../../../components/EmptyTableRow';
import { QueryErrorAlert } from '../../../../components/QueryErrorAlert';
import { RowActionIcon } from '../../../../components/RowActionIcon';
import { TableSkeleton } from '../../../../components/TableSkeleton';
import { useCurrentUser } from '../../../auth';
import { departmentQueries } from '../../departments/api/departments.queries';
import { useUpdateUser } from '../api/use-user-mutations';
import { userQueries } from '../api/users.queries';
import { UserFormModal } from './UserFormModal';

type Editing = { mode: 'create' } | { mode: 'edit'; id: string } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = can(me.role, 'users.manage');
  const users = useQuery(userQueries.list());
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const update = useUpdateUser();

  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const editedUser = editing?.mode === 'edit' ? (users.data?.find((u) => u.id === editing.id) ?? null) : null;

  const confirmToggle = () => {
    if (!toggling) return;
    const activate = !toggling.active;
    update.mutate({ id: toggling.id, input: { active: activate, version: toggling.version }, change: activate ? 'activate' : 'deactivate' }, { onSettled: () => setToggling(null) });
  };

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('users.title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create' })}>
            {t('users.create')}
          </Button>
        )}
      </Group>
      {users.isError ? (
        <QueryErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.isPending ? (
        <TableSkeleton columns={6} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.username')}</Table.Th>
                <Table.Th>{t('users.displayName')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.department')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                {canManage && <Table.Th w={100}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.length === 0 && <EmptyTableRow columns={canManage ? 7 : 6}>{t('users.empty')}</EmptyTableRow>}
              {users.data.map((u) => {
                const isMe = u.id === me.id;
                return (
                  <Table.Tr key={u.id}>
                    <Table.Td ff="monospace">{u.username}</Table.Td>
                    <Table.Td>
                      {u.displayName}
                      {isMe && (
                        <Text span c="dimmed" size="xs">
                          {' '}
                          ({t('users.you')})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                    <Table.Td>{u.departmentId ? (departmentNames.get(u.departmentId) ?? '…') : ''}</Table.Td>
                    <Table.Td>{u.email ?? ''}</Table.Td>
                    <Table.Td>
                      <Badge color={u.active ? 'teal' : 'gray'} variant="light">
                        {u.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <RowActionIcon label={t('common.edit')} subject={u.displayName} icon={<IconPencil size={16} />} onClick={() => setEditing({ mode: 'edit', id: u.id })} />
                          {/* Locking yourself out is never what an administrator means to do. */}
                          {!isMe && (
                            <RowActionIcon
                              label={u.active ? t('common.deactivate') : t('common.activate')}
                              subject={u.displayName}
                              color={u.active ? 'red' : 'teal'}
                              icon={u.active ? <IconLock size={16} /> : <IconLockOpen size={16} />}
                              onClick={() => setToggling(u)}
                            />
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && (
        <UserFormModal
          opened={editing !== null}
          user={editedUser}
          departments={departments.data ?? []}
          onClose={() => setEditing(null)}
          onReload={() => void users.refetch()}
          reloading={users.isFetching}
        />
      )}
      <ConfirmDialog
        opened={toggling !== null}
        title={toggling?.active ? t('users.confirmDeactivateTitle') : t('common.activate')}
        message={toggling?.active ? t('users.confirmDeactivate', { name: toggling.displayName }) : (toggling?.displayName ?? '')}
        confirmLabel={toggling?.active ? t('common.deactivate') : t('common.activate')}
        danger={toggling?.active}
        loading={update.isPending}
        onConfirm={confirmToggle}
        onClose={() => setToggling(null)}
      />
    </>
  );
}
