import { IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionLink } from '../../shell/SectionLink';
import { mailQueries } from './api/mail.queries';

export const DEV_MAIL_PATH = '/admin/mail';

/** The admin's link to the caught mail; drawn only once the API has answered, so never in production (404). */
export function DevMailNavLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const available = useQuery(mailQueries.available());
  if (available.data !== true) return null;
  return <SectionLink to={DEV_MAIL_PATH} label={t('mail.nav')} icon={IconMail} onNavigate={onNavigate} />;
}
