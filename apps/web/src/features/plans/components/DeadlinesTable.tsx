import { Table, Text } from '@mantine/core';
import { formatDateVi, type ParsedDeadline } from '@mandate/domain';
import { useTranslation } from 'react-i18next';

export function DeadlinesTable({ deadlines }: { deadlines: ParsedDeadline[] }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('plans.deadlines.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={t('plans.deadlines.title')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('plans.deadlines.ref')}</Table.Th>
            <Table.Th w={120}>{t('plans.deadlines.date')}</Table.Th>
            <Table.Th>{t('plans.deadlines.text')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deadlines.map((d, i) => (
            <Table.Tr key={`${d.ref}-${d.date}-${i}`}>
              <Table.Td ff="monospace">{d.ref}</Table.Td>
              <Table.Td>{formatDateVi(d.date)}</Table.Td>
              <Table.Td>{d.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
