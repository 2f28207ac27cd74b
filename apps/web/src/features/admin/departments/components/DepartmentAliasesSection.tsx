import { Button, Group, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../../../components/EmptyTableRow';
import { QueryErrorAlert } from '../../../../components/QueryErrorAlert';
import { RowActionIcon } from '../../../../components/RowActionIcon';
import { TableSkeleton } from '../../../../components/TableSkeleton';
import type { DepartmentRecord } from '../api/departments.api';
import { departmentAliasQueries } from '../api/department-aliases.queries';
import { useCreateDepartmentAlias, useRemoveDepartmentAlias } from '../api/use-department-alias-mutations';

/** Names documents use for a department ("Sở KH&CN", "UBND cấp xã"): the import matches them before anything else. */
export function DepartmentAliasesSection({ departments, canManage }: { departments: readonly DepartmentRecord[]; canManage: boolean }) {
  const { t } = useTranslation();
  const aliases = useQuery(departmentAliasQueries.list());
  const create = useCreateDepartmentAlias();
  const remove = useRemoveDepartmentAlias();
  const [alias, setAlias] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  const options = departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  const tooShort = alias.trim().length > 0 && alias.trim().length < 2;

  const submit = () => {
    if (!departmentId || alias.trim().length < 2) return;
    create.mutate({ alias: alias.trim(), departmentId }, { onSuccess: () => setAlias('') });
  };

  return (
    <section aria-labelledby="department-aliases-title">
      <Title order={2} size="h4" mt="xl" mb={4} id="department-aliases-title">
        {t('departments.aliases.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('departments.aliases.intro')}
      </Text>
      {canManage && (
        <Group align="flex-start" mb="sm">
          <TextInput
            label={t('departments.aliases.alias')}
            placeholder={t('departments.aliases.aliasPlaceholder')}
            value={alias}
            error={tooShort ? t('departments.aliases.aliasTooShort') : undefined}
            onChange={(e) => setAlias(e.currentTarget.value)}
            w={280}
          />
          <Select label={t('departments.aliases.department')} data={options} value={departmentId} onChange={setDepartmentId} searchable w={320} />
          <Button mt={25} leftSection={<IconPlus size={16} />} onClick={submit} loading={create.isPending} disabled={!departmentId || alias.trim().length < 2}>
            {t('departments.aliases.add')}
          </Button>
        </Group>
      )}
      {aliases.isError ? (
        <QueryErrorAlert error={aliases.error} onRetry={() => void aliases.refetch()} />
      ) : aliases.isPending ? (
        <TableSkeleton columns={3} />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('departments.aliases.alias')}</Table.Th>
              <Table.Th>{t('departments.aliases.department')}</Table.Th>
              {canManage && <Table.Th w={80}>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {aliases.data.length === 0 && <EmptyTableRow columns={canManage ? 3 : 2}>{t('departments.aliases.empty')}</EmptyTableRow>}
            {aliases.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.alias}</Table.Td>
                <Table.Td>{nameOf.get(a.departmentId) ?? '—'}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <RowActionIcon
                      label={t('departments.aliases.remove')}
                      subject={a.alias}
                      color="red"
                      icon={<IconTrash size={16} />}
                      loading={remove.isPending && remove.variables?.id === a.id}
                      onClick={() => remove.mutate(a)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
