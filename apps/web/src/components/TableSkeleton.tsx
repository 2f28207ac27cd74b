import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TableSkeleton({ rows = 6, columns }: { rows?: number; columns: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} aria-busy="true" aria-label={t('common.loading')} data-columns={columns}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Stack>
  );
}
