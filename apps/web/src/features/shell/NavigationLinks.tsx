import { NavLink } from '@mantine/core';
import { navigationFor, type Role } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
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
    </>
  );
}
