/**
 * The narrowest data revision a selection of work packages lies in: a lead department's, else a plan's, else the
 * global one. A change to a package moves the revisions of its plan and lead department (before and after the change,
 * `data_revisions`, see the BoardScopeRevisions migration), so a read model cached at this revision is current exactly
 * while the revision stands. The board, the list page and the live stream all use it.
 */
export const workPackagesRevisionScope = (selection: { planId?: string; departmentId?: string }): string =>
  selection.departmentId ? `work_packages:department:${selection.departmentId}` : selection.planId ? `work_packages:plan:${selection.planId}` : 'work_packages';
