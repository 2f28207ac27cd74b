import { Anchor, Group, Text } from '@mantine/core';
import type { HomeList, HomePackage } from '@mandate/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';
import { HomeBlock } from './HomeBlock';

interface PackageBlockProps<T extends HomePackage> {
  title: string;
  list: HomeList<T>;
  today: string;
  /** Where "see all" goes (the board or deadlines page with the same filter). */
  moreTo: string;
  color?: string;
  departmentName?: (id: string) => string;
  /** A line under a package (the reason it was returned). */
  extra?: (pkg: T) => ReactNode;
  testId: string;
}

/** A titled list of packages with the full count. */
export function PackageBlock<T extends HomePackage>({ title, list, today, moreTo, color = 'blue', departmentName, extra, testId }: PackageBlockProps<T>) {
  const { t } = useTranslation();
  return (
    <HomeBlock
      testId={testId}
      title={title}
      count={list.count}
      items={list.items}
      itemKey={(pkg) => pkg.id}
      color={color}
      empty={t('home.none')}
      more={{ to: moreTo, label: list.count > list.items.length ? t('home.seeAll', { n: list.count }) : t('home.openList') }}
      renderItem={(pkg) => (
        <>
          <Anchor component={Link} to={`/work-packages/${pkg.id}`} size="sm" lineClamp={2}>
            {pkg.title}
          </Anchor>
          <Group gap="xs" mt={2}>
            <CategoryBadge status={pkg.status} dueDate={pkg.dueDate} category={pkg.category} today={today} />
            {pkg.dueDate && (
              <Text size="xs" c="dimmed">
                {t('home.due', { date: formatDate(pkg.dueDate) })}
              </Text>
            )}
            {departmentName && (
              <Text size="xs" c="dimmed">
                {departmentName(pkg.leadDepartmentId)}
              </Text>
            )}
          </Group>
          {extra?.(pkg)}
        </>
      )}
    />
  );
}
