import { Role } from '../access/role';

/** A user as the API returns it: never the password hash. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  email: string | null;
  active: boolean;
  /** Notification channels the user chose (reminders issue). */
  locale: 'vi' | 'en';
  version: number;
}

/** The short form carried by a session (login, refresh, `GET /api/auth/me`). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires; refresh before then. */
  expiresIn: number;
  user: SessionUser;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,47}$/;
export const PASSWORD_MIN_LENGTH = 10;

/** A `department` user belongs to exactly one department; every other role to none. */
export const departmentRequirementProblem = (role: Role, departmentId: string | null | undefined): string | null => {
  if (role === 'department' && !departmentId) return 'A department user must belong to a department.';
  if (role !== 'department' && departmentId) return 'Only department users belong to a department.';
  return null;
};

/** `GET /api/users/assignable`: who a package may be assigned to, with no more than the form needs. */
export interface AssignableUser {
  id: string;
  displayName: string;
  departmentId: string | null;
}
