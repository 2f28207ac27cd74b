import { Alert, Container, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { DEADLINE_CATEGORIES, formatDateVi, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDomainLabels } from '../../work-packages/labels';
import { reportQueries } from '../api/reports.queries';

/** The public transparency page (no sign-in): counts only, from GET /api/public/plans/:id. */
export function PublicPlanPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { id = '' } = useParams();
  const summary = useQuery(reportQueries.publicPlan(id));
  const number = (n: number) => n.toLocaleString('vi-VN');
  if (summary.isPending) return <Loader m="xl" />;
  if (!summary.data) {
    return (
      <Container size="md" py="xl">
        <Alert color="gray">{t('reports.public.notFound')}</Alert>
      </Container>
    );
  }
  const { plan, packages, lastUpdatedAt } = summary.data;
  return (
    <Container size="lg" py="xl">
      <Stack gap="md">
        <Text c="dimmed">{t('reports.public.pageTitle')}</Text>
        <Title order={1} size="h2">
          {plan.title}
        </Title>
        {plan.number && <Text>{plan.number}</Text>}
        <Text size="sm">{t('reports.public.lastUpdated', { date: formatDateVi(todayIn(new Date(lastUpdatedAt))) })}</Text>
        <Title order={2} size="h4">
          {t('reports.public.packages', { count: packages.total })}
        </Title>
        <Title order={3} size="h5">
          {t('reports.public.byCategory')}
        </Title>
        <Table withTableBorder striped maw={520}>
          <Table.Tbody>
            {DEADLINE_CATEGORIES.map((c) => (
              <Table.Tr key={c}>
                <Table.Td>{labels.category(c)}</Table.Td>
                <Table.Td ta="right">{number(packages.byCategory[c])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5">
          {t('reports.public.byDepartment')}
        </Title>
        <Table withTableBorder withColumnBorders striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.periodic.department')}</Table.Th>
              <Table.Th>{t('reports.periodic.total')}</Table.Th>
              {DEADLINE_CATEGORIES.map((c) => (
                <Table.Th key={c}>{labels.category(c)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {packages.byDepartment.map((d) => (
              <Table.Tr key={d.departmentName}>
                <Table.Td>{d.departmentName}</Table.Td>
                <Table.Td>{number(d.total)}</Table.Td>
                {DEADLINE_CATEGORIES.map((c) => (
                  <Table.Td key={c}>{number(d.byCategory[c])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Container>
  );
}
