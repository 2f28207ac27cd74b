import { NavLink } from '@mantine/core';
import { canOpen, navigationFor, type Role } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { DevMailNavLink } from '../admin/mail/DevMailNavLink';
import { SECTION_ICONS, SECTION_PATHS, sectionTitleKey } from './sections';

export function NavigationLinks({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {navigationFor(role).map((section) => {
        const Icon = SECTION_ICONS[section];
        const path = SECTION_PATHS[section];
        return (
          <NavLink
            key={section}
            component={RouterNavLink}
            to={path}
            end={path === '/'}
            label={t(sectionTitleKey(section))}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            onClick={onNavigate}
          />
        );
      })}
      {/* Dev and test only: appears once GET /api/dev/mail answers; production's 404 leaves it out. */}
      {canOpen(role, 'admin.queues') && <DevMailNavLink onNavigate={onNavigate} />}
    </>
  );
}
