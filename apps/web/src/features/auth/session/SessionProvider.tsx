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

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const [state, setState] = useState<SessionState>({ status: 'restoring', user: null, expired: false });
  const [expiresIn, setExpiresIn] = useState<number | null>(null);

  const establish = useCallback((response: LoginResponse) => {
    setAccessToken(response.accessToken);
    setExpiresIn(response.expiresIn);
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
    void refreshSession().then((session) => {
      if (cancelled) return;
      if (session) establish(session);
      else setState((s) => (s.status === 'restoring' ? { status: 'anonymous', user: null, expired: false } : s));
    });
    return () => {
      cancelled = true;
    };
  }, [establish]);

  useEffect(() => {
    if (state.status !== 'authenticated' || expiresIn === null) return;
    const delay = Math.max((expiresIn - REFRESH_MARGIN_SECONDS) * 1000, MIN_REFRESH_DELAY_MS);
    const timer = setTimeout(() => {
      void refreshSession().then((session) => {
        if (!session) expire();
      });
    }, delay);
    return () => clearTimeout(timer);
  }, [state.status, expiresIn, expire]);

  const value = useMemo<SessionValue>(() => ({ ...state, establish, signOut }), [state, establish, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
