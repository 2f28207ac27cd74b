import type { LoginResponse, SessionUser } from '@mandate/domain';
import { createContext, useContext } from 'react';

/** `unreachable`: the API could not be asked whether a session exists (network, 502/503); the app retries, it does not sign out. */
export type SessionStatus = 'restoring' | 'unreachable' | 'authenticated' | 'anonymous';

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
  /** Asks the API again now, without waiting for the next automatic retry. */
  reconnect: () => void;
  /** Automatic restore attempts made while the API was unreachable. */
  attempts: number;
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
