import type { WorkPackage, WorkPackageEditableField } from '@mandate/domain';
import type { WorkPackageChanges } from '../api/work-packages.api';

/** The fields the package form edits, in the order it shows them. */
export const FORM_FIELDS = ['title', 'leadDepartmentId', 'cooperatingDepartmentIds', 'assigneeIds', 'parentId', 'indicatorId', 'startDate', 'dueDate', 'priority', 'progress', 'expectedOutput'] as const satisfies readonly (keyof WorkPackageChanges & WorkPackageEditableField)[];
export type FormField = (typeof FORM_FIELDS)[number];

export type PackageDraft = Pick<WorkPackage, FormField>;

export const draftOf = (pkg: WorkPackage): PackageDraft => ({
  title: pkg.title,
  leadDepartmentId: pkg.leadDepartmentId,
  cooperatingDepartmentIds: pkg.cooperatingDepartmentIds,
  assigneeIds: pkg.assigneeIds,
  parentId: pkg.parentId,
  indicatorId: pkg.indicatorId,
  startDate: pkg.startDate,
  dueDate: pkg.dueDate,
  priority: pkg.priority,
  progress: pkg.progress,
  expectedOutput: pkg.expectedOutput,
});

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
  return (a ?? null) === (b ?? null) || (a === '' && b === null) || (a === null && b === '');
};

/** The fields that differ between two versions of the form's fields (sets compare as sets; empty text as none). */
export const differingFields = (a: PackageDraft, b: PackageDraft, fields: readonly FormField[] = FORM_FIELDS): FormField[] => fields.filter((f) => !same(a[f], b[f]));

/** What a save sends: only the fields the user changed from the version the form was opened on. */
export const changesOf = (base: PackageDraft, draft: PackageDraft, editable: readonly string[]): WorkPackageChanges => {
  const fields = differingFields(base, draft).filter((f) => editable.includes(f));
  return Object.fromEntries(fields.map((f) => [f, draft[f]])) as WorkPackageChanges;
};
