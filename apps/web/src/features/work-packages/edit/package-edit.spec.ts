import type { WorkPackage } from '@mandate/domain';
import { changesOf, differingFields, draftOf } from './package-edit';

const pkg = (over: Partial<WorkPackage> = {}): WorkPackage =>
  ({
    id: 'p1', planId: null, itemRef: null, parentId: null, title: 'Giải ngân', description: '', sourceText: null, leadDepartmentId: 'stc', cooperatingDepartmentIds: ['sdl', 'sgd'],
    assigneeIds: [], startDate: null, dueDate: '2026-12-31', originalDueDate: null, expectedOutput: null, status: 'in_progress', progress: 10, priority: 'normal', target: null,
    completedOn: null, category: 'open_on_time', version: 1, createdAt: '', updatedAt: '', ...over,
  }) as WorkPackage;

describe('package edit', () => {
  it('sends only the fields the user changed and may edit', () => {
    const base = draftOf(pkg());
    const draft = { ...base, leadDepartmentId: 'sdl', dueDate: '2027-01-31', cooperatingDepartmentIds: ['sgd', 'sdl'], progress: 50 };
    expect(changesOf(base, draft, ['leadDepartmentId', 'dueDate', 'cooperatingDepartmentIds'])).toEqual({ leadDepartmentId: 'sdl', dueDate: '2027-01-31' });
  });

  it('names what someone else changed between the version the form opened and the latest', () => {
    expect(differingFields(draftOf(pkg()), draftOf(pkg({ dueDate: '2026-11-30', expectedOutput: '' })))).toEqual(['dueDate']);
    expect(differingFields(draftOf(pkg()), draftOf(pkg({ leadDepartmentId: 'sgd', priority: 'high' })))).toEqual(['leadDepartmentId', 'priority']);
  });
});
