import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from './StatusPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage icon={<IconMapQuestion size={28} />} title={t('errors.notFoundPage.title')} description={t('errors.notFoundPage.description')} />;
}
