import { type Actor, type Role, toWorkPackageDetail, type WorkPackage, type WorkPackageDetail } from '@mandate/domain';
import { WorkPackagePage } from '../features/work-packages/components/WorkPackagePage';
import { fakeSession, renderRoutes, sessionUser } from './render';

/** A package of plan p1 led by Sở Tài chính (`stc`), in progress at 40 %, due 31/12/2026; `over` changes any field. */
export const workPackageFixture = (over: Partial<WorkPackage> = {}): WorkPackage => ({
  id: 'wp1',
  planId: 'p1',
  itemRef: null,
  parentId: null,
  title: 'Tăng cường quản lý thu ngân sách',
  description: '',
  sourceText: null,
  leadDepartmentId: 'stc',
  cooperatingDepartmentIds: [],
  assigneeIds: [],
  startDate: null,
  dueDate: '2026-12-31',
  originalDueDate: null,
  expectedOutput: null,
  status: 'in_progress',
  progress: 40,
  priority: 'normal',
  target: null,
  indicatorId: null,
  completedOn: null,
  category: 'open_on_time',
  version: 3,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  ...over,
});

/** The user of a role as the API sees them; a department user belongs to `stc`. */
export const actorOf = (role: Role): Actor => ({ id: `user-${role}`, role, departmentId: role === 'department' ? 'stc' : null });

/** The package as `GET /api/work-packages/:id` answers the user of `role`. */
export const workPackageDetailFor = (role: Role, wp: WorkPackage): WorkPackageDetail => toWorkPackageDetail(actorOf(role), wp);

/** The package page of `id`, signed in as the user of `role` (a department user of `stc`). */
export const renderWorkPackagePage = (role: Role, id = 'wp1') =>
  renderRoutes([{ path: '/work-packages/:id', element: <WorkPackagePage /> }], { path: `/work-packages/${id}`, session: fakeSession(sessionUser(role, role === 'department' ? { departmentId: 'stc' } : {})) });
