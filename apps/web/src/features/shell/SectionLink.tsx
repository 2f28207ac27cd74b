import type { Icon } from '@tabler/icons-react';
import { NavLink } from 'react-router';
import classes from './SectionLink.module.css';

/** One entry of the navigation column; a router link with the current page marked (aria-current), styled in CSS. */
export function SectionLink({ to, label, icon: SectionIcon, end, onNavigate }: { to: string; label: string; icon: Icon; end?: boolean; onNavigate?: () => void }) {
  return (
    <NavLink to={to} end={end} className={classes.link} onClick={onNavigate}>
      <SectionIcon size={18} stroke={1.6} aria-hidden />
      <span>{label}</span>
    </NavLink>
  );
}
