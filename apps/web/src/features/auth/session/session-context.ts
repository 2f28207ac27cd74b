import type { LoginResponse, SessionUser } from '@mandate/domain';
import { createContext, useContext } from 'react';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** True after a session ended on its own (refresh refused), until the next sign-in. */
  expired: boolean;
}

export interface SessionValue extends SessionState {
  establish: (response: LoginResponse) => void;
  /** `everywhere` also ends the sessions of every other device of this user. */
  signOut: (options?: { everywhere?: boolean }) => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export const useSession = (): SessionValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
};

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export const useCurrentUser = (): SessionUser => {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
};
