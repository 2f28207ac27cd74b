import { can } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { departmentQueries } from '../admin/departments/api/departments.queries';
import { useCurrentUser } from '../auth';
import { workPackageQueries } from '../work-packages/api/work-package.queries';
import type { DescribeContext } from './audit-describe';

/** Names for the ids an audit event holds: departments for everyone, people where the role may list them. */
export const useDescribeContext = (): DescribeContext => {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  const users = useQuery({ ...workPackageQueries.assignableUsers(), enabled: can(user.role, 'workPackages.create') });
  return useMemo(() => {
    const depts = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
    const people = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
    return { t, lang: currentLanguage(i18n), departmentName: (id) => depts.get(id) ?? '', userName: (id) => people.get(id) ?? '' };
  }, [t, i18n, departments.data, users.data]);
};
