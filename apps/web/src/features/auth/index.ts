export { SessionProvider } from './session/SessionProvider';
export { SessionContext, useSession, useCurrentUser } from './session/session-context';
export type { SessionValue, SessionState, SessionStatus } from './session/session-context';
export { RequireAuth } from './components/RequireAuth';
export { RequireSection } from './components/RequireSection';
export { authApi } from './api/auth.api';
export { authKeys, authQueries } from './api/auth.queries';
