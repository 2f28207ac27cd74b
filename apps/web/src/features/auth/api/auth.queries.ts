import { queryOptions } from '@tanstack/react-query';
import { authApi } from './auth.api';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const authQueries = {
  /** The signed-in user as the API sees it now (role changes show up here before the next refresh). */
  me: () => queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => authApi.me(signal) }),
};
