import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { DepartmentHome, HomeView, OverviewHome, UbndHome } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../lib/format';
import { CategoryCountCards } from '../../deadlines/components/CategoryCountCards';
import { DeadlineCountdown } from '../../deadlines/components/DeadlineCountdown';
import { LeagueTableView } from '../../reports/league/components/LeagueTableView';
import { boardLink } from '../../reports/league/board-link';
import { PackageBlock } from './PackageBlock';
import { RequestBlock } from './RequestBlock';

interface ViewProps<T extends HomeView> {
  home: T;
  departmentName: (id: string) => string;
}

const planParam = (home: HomeView) => (home.plan ? `plan=${home.plan.id}` : '');

/** The UBND office: submitted packages, extension requests, supervision requests to answer, overdue by department. */
export function UbndHomeView({ home, departmentName }: ViewProps<UbndHome>) {
  const { t } = useTranslation();
  const planId = home.plan?.id ?? '';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PackageBlock testId="home-submitted" title={t('home.ubnd.submitted')} list={home.submitted} today={home.asOf} moreTo={`/board?${planParam(home)}`} color="violet" departmentName={departmentName} />
        <RequestBlock testId="home-requests" title={t('home.requests.toAnswer')} requests={home.requests} today={home.asOf} showAddressee />
        <Card withBorder padding="md" data-testid="home-extensions">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {t('home.ubnd.extensions')}
            </Title>
            <Text fw={700} c={home.extensions.count > 0 ? 'orange' : 'dimmed'} data-testid="home-extensions-count">
              {home.extensions.count}
            </Text>
          </Group>
          {home.extensions.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('home.none')}
            </Text>
          ) : (
            <Stack gap="xs">
              {home.extensions.items.map((x) => (
                <div key={x.id}>
                  <Anchor component={Link} to={`/work-packages/${x.workPackageId}`} size="sm" lineClamp={2}>
                    {x.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {departmentName(x.leadDepartmentId)} · {t('home.ubnd.extensionDates', { from: formatDate(x.currentDueDate), to: formatDate(x.requestedDueDate) })}
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </Card>
        <Card withBorder padding="md" data-testid="home-overdue-by-department">
          <Title order={2} size="h5" mb="xs">
            {t('home.ubnd.overdueByDepartment')}
          </Title>
          {home.overdueByDepartment.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('home.ubnd.noOverdue')}
            </Text>
          ) : (
            <Table>
              <Table.Tbody>
                {home.overdueByDepartment.slice(0, 10).map((row) => (
                  <Table.Tr key={row.departmentId}>
                    <Table.Td>{departmentName(row.departmentId)}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor component={Link} to={boardLink(planId, row.departmentId, 'open_overdue')} c="red" fw={700} size="sm">
                        {row.overdue}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>
      <PlanGlance home={home} />
    </Stack>
  );
}

/** A department: its own work, the supervision requests addressed to it and its on-time rate. */
export function DepartmentHomeView({ home }: ViewProps<DepartmentHome>) {
  const { t } = useTranslation();
  const planId = home.plan?.id ?? '';
  const own = `/board?${new URLSearchParams({ plan: planId, department: home.departmentId }).toString()}`;
  return (
    <Stack gap="lg">
      <Card withBorder padding="md" data-testid="home-on-time">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Text size="sm" c="dimmed">
              {t('home.department.onTimeRate')}
            </Text>
            <Text fw={700} size="xl" c="green" data-testid="home-on-time-rate">
              {home.league?.onTimeRate === null || !home.league ? '—' : formatPercent(home.league.onTimeRate * 100)}
            </Text>
            <Text size="xs" c="dimmed">
              {home.league && home.league.due > 0 ? t('home.department.rank', { rank: home.league.rank, of: home.ranked, due: home.league.due }) : t('home.department.nothingDue')}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('home.department.overdueRate')}
            </Text>
            <Text fw={700} size="xl" c="red">
              {home.league?.overdueRate === null || !home.league ? '—' : formatPercent(home.league.overdueRate * 100)}
            </Text>
            <Text size="xs" c="dimmed">
              {home.league?.avgDaysLate != null ? t('home.department.avgDaysLate', { days: formatNumber(home.league.avgDaysLate) }) : ''}
            </Text>
          </div>
          <Anchor component={Link} to={`/reports/league?${planParam(home)}`} size="sm">
            {t('home.openLeague')}
          </Anchor>
        </Group>
      </Card>
      <RequestBlock testId="home-requests" title={t('home.requests.addressed')} requests={home.requests} today={home.asOf} showAddressee={false} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PackageBlock testId="home-due-soon" title={t('home.department.dueSoon')} list={home.dueSoon} today={home.asOf} moreTo={`/deadlines?${planParam(home)}&tab=week`} color="orange" />
        <PackageBlock testId="home-overdue" title={t('home.department.overdue')} list={home.overdue} today={home.asOf} moreTo={`/deadlines?${planParam(home)}`} color="red" />
        <PackageBlock
          testId="home-returned"
          title={t('home.department.returned')}
          list={home.returned}
          today={home.asOf}
          moreTo={own}
          color="grape"
          extra={(pkg) => (
            <Text size="xs" mt={2}>
              <Text span fw={600} inherit>
                {t('home.department.reason')}:
              </Text>{' '}
              {pkg.reason} <Text span c="dimmed" inherit>({formatDateTime(pkg.returnedAt)})</Text>
            </Text>
          )}
        />
        <PackageBlock testId="home-blocked" title={t('home.department.blocked')} list={home.blocked} today={home.asOf} moreTo={own} color="yellow" />
      </SimpleGrid>
      <PlanGlance home={home} />
    </Stack>
  );
}

/** The HĐND and the admin: the plan at a glance, the requests awaiting an answer and both ends of the league. */
export function OverviewHomeView({ home, departmentName }: ViewProps<OverviewHome>) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PlanGlance home={home} withCategories />
      <RequestBlock testId="home-requests" title={t('home.requests.open')} requests={home.requests} today={home.asOf} showAddressee />
      {/* One above the other: side by side, each half squeezed the department names to a word a line and cut the last column. */}
      <SimpleGrid cols={1}>
        <Card withBorder padding="md" data-testid="home-league-top">
          <Title order={2} size="h5" mb="xs">
            {t('home.overview.leagueTop')}
          </Title>
          {home.leagueTop.length === 0 ? <Text size="sm" c="dimmed">{t('home.overview.noRanking')}</Text> : <LeagueTableView rows={home.leagueTop} departmentName={departmentName} compact />}
        </Card>
        <Card withBorder padding="md" data-testid="home-league-bottom">
          <Title order={2} size="h5" mb="xs">
            {t('home.overview.leagueBottom')}
          </Title>
          {home.leagueBottom.length === 0 ? <Text size="sm" c="dimmed">{t('home.overview.noRanking')}</Text> : <LeagueTableView rows={home.leagueBottom} departmentName={departmentName} compact />}
        </Card>
      </SimpleGrid>
      <Group gap="md">
        <Anchor component={Link} to={`/reports/league?${planParam(home)}`} size="sm">
          {t('home.openLeague')}
        </Anchor>
        <Anchor component={Link} to={`/deadlines?${planParam(home)}`} size="sm">
          {t('home.openDeadlines')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** The countdown to the plan's own deadlines and, where asked, its packages by category (each a link to the board). */
function PlanGlance({ home, withCategories = false }: { home: HomeView; withCategories?: boolean }) {
  const { t } = useTranslation();
  const planId = home.plan?.id ?? '';
  return (
    <>
      {withCategories && (
        <section aria-labelledby="home-categories">
          <Title order={2} size="h4" id="home-categories" mb="xs">
            {t('home.overview.byCategory', { total: home.total })}
          </Title>
          <CategoryCountCards counts={home.byCategory} linkTo={(c) => `/board?${new URLSearchParams({ plan: planId, category: c }).toString()}`} />
        </section>
      )}
      <DeadlineCountdown deadlines={home.deadlines} today={home.asOf} />
    </>
  );
}
