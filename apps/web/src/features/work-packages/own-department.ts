import type { Role } from '@mandate/domain';

/** The "all departments" value in the URL: a department user's pages open on its own packages until it asks for all. */
export const ALL_DEPARTMENTS = 'all';

/**
 * The department a board or deadline list filters by: the one in the URL, else the user's own for a department user,
 * else none.
 */
export const departmentFilter = (param: string | null, user: { role: Role; departmentId: string | null }): string | undefined => {
  if (param === ALL_DEPARTMENTS) return undefined;
  return param ?? (user.role === 'department' ? (user.departmentId ?? undefined) : undefined);
};

/** What the URL holds once the filter is cleared: "all" where clearing must not fall back to the own department. */
export const clearedDepartment = (user: { role: Role }): string | null => (user.role === 'department' ? ALL_DEPARTMENTS : null);
