export const DEPARTMENT_KINDS = ['provincial', 'commune', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface Department {
  id: string;
  code: string;
  name: string;
  kind: DepartmentKind;
  active: boolean;
}

/** Codes are short, upper-case and stable: they appear in exports and in the break-down rules. */
export const DEPARTMENT_CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,31}$/;

/** A name documents use for a department, kept by the admin (see matchAgency). */
export interface DepartmentAlias {
  id: string;
  alias: string;
  departmentId: string;
  createdAt: string;
}
