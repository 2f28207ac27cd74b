import type { ItemList, Role, User } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  departmentId: string | null;
  email: string | null;
}

export interface UpdateUserInput {
  displayName?: string;
  role?: Role;
  departmentId?: string | null;
  email?: string | null;
  active?: boolean;
  password?: string;
  version: number;
}

export const usersApi = {
  list: (signal?: AbortSignal) => apiFetch<ItemList<User>>('/users', { signal }),
  create: (input: CreateUserInput) => apiFetch<User>('/users', { method: 'POST', body: input }),
  update: (id: string, input: UpdateUserInput) => apiFetch<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
};
