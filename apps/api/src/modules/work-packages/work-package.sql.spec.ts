import type { WorkPackage } from '@mandate/domain';
import { packageColumnsSql } from './work-package.sql';

// A record over `keyof WorkPackage`, so a field added to the domain type without a column fails to compile here.
const FIELDS: Record<keyof WorkPackage, true> = {
  id: true, planId: true, itemRef: true, parentId: true, title: true, description: true, sourceText: true,
  leadDepartmentId: true, cooperatingDepartmentIds: true, assigneeIds: true, startDate: true, dueDate: true,
  originalDueDate: true, expectedOutput: true, status: true, progress: true, priority: true, target: true, indicatorId: true,
  completedOn: true, category: true, version: true, createdAt: true, updatedAt: true,
};

describe('packageColumnsSql', () => {
  const sql = packageColumnsSql('wp', '$1');
  const aliases = [...sql.matchAll(/ AS "?([A-Za-z]+)"?(?=, |$)/g)].map((m) => m[1]);

  it('selects exactly the fields of the API work package, each once', () => {
    expect([...aliases].sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it('reads calendar dates as text and leaves the break-down key out', () => {
    expect(sql).toContain(`to_char(wp.due_date, 'YYYY-MM-DD') AS "dueDate"`);
    expect(sql).not.toContain('breakdown_key');
  });
});
