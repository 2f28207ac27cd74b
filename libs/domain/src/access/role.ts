export const ROLES = ['admin', 'ubnd', 'department', 'hdnd'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The signed-in person as every rule sees it. */
export interface Actor {
  id: string;
  role: Role;
  /** Set for `department` users only: the one department they act for. */
  departmentId: string | null;
  /** For the audit trail; absent in jobs and scripts. */
  username?: string;
}
