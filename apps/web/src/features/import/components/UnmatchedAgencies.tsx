import { Alert, List, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentAliasQueries } from '../../admin/departments/api/department-aliases.queries';
import { agencyNamesOf, type ItemTreeNode } from '../../plans/plan-tree';

/** Agencies the document names that match no department: the importer sees them before confirming, nothing goes silently to the UBND office. */
export function UnmatchedAgencies({ items }: { items: ItemTreeNode[] }) {
  const { t } = useTranslation();
  const names = agencyNamesOf(items);
  const matches = useQuery(departmentAliasQueries.match([...names.keys()]));
  if (!matches.data) return null;
  const unmatched = matches.data.filter((m) => m.departmentId === null && m.how === 'none');
  const groups = matches.data.filter((m) => m.how === 'group');
  if (unmatched.length === 0 && groups.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconBuildingCommunity size={18} />} title={t('import.agencies.title', { n: unmatched.length })} data-testid="unmatched-agencies">
      {unmatched.length > 0 && (
        <List size="sm" spacing={2}>
          {unmatched.map((m) => (
            <List.Item key={m.name}>{t('import.agencies.unmatched', { name: m.name, refs: (names.get(m.name) ?? []).join(', ') })}</List.Item>
          ))}
        </List>
      )}
      {groups.length > 0 && (
        <Text size="sm" mt={unmatched.length > 0 ? 'xs' : 0}>
          {t('import.agencies.groups', { names: groups.map((g) => g.name).join('; ') })}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('import.agencies.hint')}
      </Text>
    </Alert>
  );
}
