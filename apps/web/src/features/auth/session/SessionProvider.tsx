import type { LoginResponse } from '@mandate/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { configureSessionHooks, refreshSession, setAccessToken } from '../../../lib/api-client';
import { notifyInfo } from '../../../lib/notify';
import { authApi } from '../api/auth.api';
import { SessionContext, type SessionState, type SessionValue } from './session-context';

// Refresh this long before the access token runs out, so ordinary requests rarely meet a 401.
const REFRESH_MARGIN_SECONDS = 60;
const MIN_REFRESH_DELAY_MS = 10_000;
// While the API cannot be reached: 2 s, 4 s, 8 s, then every 15 s.
const reconnectDelayMs = (attempt: number): number => Math.min(2_000 * 2 ** attempt, 15_000);

/** `restore`: a restore already under way (main.tsx starts it before the first render); the first restore takes its answer. */
export function SessionProvider({ restore, children }: { restore?: Promise<LoginResponse | null>; children: ReactNode }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const [state, setState] = useState<SessionState>({ status: 'restoring', user: null, expired: false });
  const [expiresIn, setExpiresIn] = useState<number | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [restoreRun, setRestoreRun] = useState(0);
  const [refreshRetries, setRefreshRetries] = useState(0);

  const establish = useCallback((response: LoginResponse) => {
    setAccessToken(response.accessToken);
    setExpiresIn(response.expiresIn);
    setAttempts(0);
    setState({ status: 'authenticated', user: response.user, expired: false });
  }, []);

  const expire = useCallback(() => {
    setAccessToken(null);
    setExpiresIn(null);
    queryClient.clear();
    // Only a live session can expire; a visitor who never signed in gets no notice.
    setState((s) => (s.status === 'authenticated' ? { status: 'anonymous', user: null, expired: true } : s));
  }, [queryClient]);

  const signOut = useCallback(async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
    try {
      await (everywhere ? authApi.logoutEverywhere() : authApi.logout());
    } catch {
      // The cookie may already be gone; signing out locally is what matters.
    }
    setAccessToken(null);
    setExpiresIn(null);
    queryClient.clear();
    setState({ status: 'anonymous', user: null, expired: false });
    notifyInfo(t(everywhere ? 'auth.signedOutEverywhere' : 'auth.signedOut'));
  }, [queryClient, t]);

  useEffect(() => {
    configureSessionHooks({ onRefreshed: establish, onExpired: expire });
  }, [establish, expire]);

  useEffect(() => {
    let cancelled = false;
    (restoreRun === 0 && restore ? restore : refreshSession()).then(
      (session) => {
        if (cancelled) return;
        if (session) establish(session);
        else setState((s) => (s.status === 'restoring' || s.status === 'unreachable' ? { status: 'anonymous', user: null, expired: false } : s));
      },
      () => {
        if (!cancelled) setState((s) => (s.status === 'restoring' || s.status === 'unreachable' ? { status: 'unreachable', user: null, expired: false } : s));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [establish, restoreRun, restore]);

  useEffect(() => {
    if (state.status !== 'unreachable') return;
    const timer = setTimeout(() => {
      setAttempts((n) => n + 1);
      setRestoreRun((n) => n + 1);
    }, reconnectDelayMs(attempts));
    return () => clearTimeout(timer);
  }, [state.status, attempts]);

  const reconnect = useCallback(() => setRestoreRun((n) => n + 1), []);

  useEffect(() => {
    if (state.status !== 'authenticated' || expiresIn === null) return;
    const delay = refreshRetries > 0 ? MIN_REFRESH_DELAY_MS : Math.max((expiresIn - REFRESH_MARGIN_SECONDS) * 1000, MIN_REFRESH_DELAY_MS);
    const timer = setTimeout(() => {
      refreshSession().then(
        (session) => {
          setRefreshRetries(0);
          if (!session) expire();
        },
        // The API is out of reach, which says nothing about the session: try again shortly.
        () => setRefreshRetries((n) => n + 1),
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [state.status, expiresIn, expire, refreshRetries]);

  const value = useMemo<SessionValue>(() => ({ ...state, establish, signOut, reconnect, attempts }), [state, establish, signOut, reconnect, attempts]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
