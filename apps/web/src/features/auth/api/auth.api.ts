import type { LoginResponse, SessionUser } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export interface Credentials {
  username: string;
  password: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export const authApi = {
  login: (credentials: Credentials) => apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: credentials }),
  logout: () => apiFetch<void>('/auth/logout', { method: 'POST' }),
  logoutEverywhere: () => apiFetch<void>('/auth/logout-all', { method: 'POST' }),
  me: (signal?: AbortSignal) => apiFetch<SessionUser>('/auth/me', { signal }),
  changePassword: (change: PasswordChange) => apiFetch<void>('/auth/password', { method: 'POST', body: change }),
};
