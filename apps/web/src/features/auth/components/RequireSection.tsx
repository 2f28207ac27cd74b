import { canOpen, type NavigationSection } from '@mandate/domain';
import type { ReactNode } from 'react';
import { ForbiddenPage } from '../../errors/ForbiddenPage';
import { useCurrentUser } from '../session/session-context';

/** A screen the role may not open shows the 403 page in place, keeping the address the user typed. */
export function RequireSection({ section, children }: { section: NavigationSection; children: ReactNode }) {
  const user = useCurrentUser();
  return canOpen(user.role, section) ? children : <ForbiddenPage />;
}
