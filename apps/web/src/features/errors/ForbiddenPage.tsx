import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from './StatusPage';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <StatusPage icon={<IconLock size={28} />} title={t('errors.forbiddenPage.title')} description={t('errors.forbiddenPage.description')} />;
}
