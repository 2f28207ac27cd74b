import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentQueries } from '../admin/departments/api/departments.queries';

/** The addressee's name: a department's, or the UBND's for null. */
export const useAddresseeName = (): ((departmentId: string | null) => string) => {
  const { t } = useTranslation();
  const departments = useQuery(departmentQueries.list({ includeInactive: true }));
  return (departmentId) => (departmentId === null ? t('supervision.ubnd') : (departments.data?.find((d) => d.id === departmentId)?.name ?? ''));
};
