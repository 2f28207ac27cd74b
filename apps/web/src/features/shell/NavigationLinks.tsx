import { canOpen, navigationFor, type Role } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { DevMailNavLink } from '../admin/mail/DevMailNavLink';
import { SECTION_ICONS, SECTION_PATHS, sectionTitleKey } from './sections';
import { SectionLink } from './SectionLink';

export function NavigationLinks({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {navigationFor(role).map((section) => {
        const path = SECTION_PATHS[section];
        return <SectionLink key={section} to={path} end={path === '/'} label={t(sectionTitleKey(section))} icon={SECTION_ICONS[section]} onNavigate={onNavigate} />;
      })}
      {/* Dev and test only: appears once GET /api/dev/mail answers; production's 404 leaves it out. */}
      {canOpen(role, 'admin.queues') && <DevMailNavLink onNavigate={onNavigate} />}
    </>
  );
}
