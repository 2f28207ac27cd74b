import type { NavigationSection } from '@mandate/domain';
import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { DepartmentsPage } from '../features/admin/departments/components/DepartmentsPage';
import { DevMailPage } from '../features/admin/mail/DevMailPage';
import { QueuesPage } from '../features/admin/queues/QueuesPage';
import { UsersPage } from '../features/admin/users/components/UsersPage';
import { AuditLogPage } from '../features/audit/components/AuditLogPage';
import { RequireAuth, RequireSection, SignInPage } from '../features/auth';
import { BoardPage } from '../features/board/components/BoardPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DeadlinesPage } from '../features/deadlines/components/DeadlinesPage';
import { DisbursementPage } from '../features/disbursement/components/DisbursementPage';
import { ForbiddenPage } from '../features/errors/ForbiddenPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { RouteErrorBoundary } from '../features/errors/RouteErrorBoundary';
import { ImportPage } from '../features/import/components/ImportPage';
import { IndicatorPage } from '../features/indicators/components/IndicatorPage';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage';
import { BreakdownPage } from '../features/plans/breakdown/BreakdownPage';
import { PlanDetailPage } from '../features/plans/components/PlanDetailPage';
import { PlansPage } from '../features/plans/components/PlansPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { AppLayout } from '../features/shell/AppLayout';
import { SECTION_PATHS } from '../features/shell/sections';
import { SupervisionPage, SupervisionRequestPage } from '../features/supervision';
import { WorkPackagePage } from '../features/work-packages/components/WorkPackagePage';

// One screen per navigation section; a team replacing a placeholder swaps the component here.
const SECTION_SCREENS: Record<NavigationSection, ComponentType> = {
  dashboard: DashboardPage,
  plans: PlansPage,
  import: ImportPage,
  board: BoardPage,
  deadlines: DeadlinesPage,
  indicators: IndicatorsPage,
  disbursement: DisbursementPage,
  supervision: SupervisionPage,
  reports: ReportsPage,
  audit: AuditLogPage,
  'admin.users': UsersPage,
  'admin.departments': DepartmentsPage,
  'admin.queues': QueuesPage,
};

const sectionRoutes: RouteObject[] = (Object.entries(SECTION_SCREENS) as [NavigationSection, ComponentType][]).map(([section, Screen]) => {
  const guarded = (
    <RequireSection section={section}>
      <Screen />
    </RequireSection>
  );
  const path = SECTION_PATHS[section];
  return path === '/' ? { index: true, element: guarded } : { path: path.slice(1), element: guarded };
});

export const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/',
    element: <RequireAuth />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              ...sectionRoutes,
              {
                path: 'plans/:id',
                element: (
                  <RequireSection section="plans">
                    <PlanDetailPage />
                  </RequireSection>
                ),
              },
              {
                path: 'plans/:id/breakdown',
                element: (
                  <RequireSection section="plans">
                    <BreakdownPage />
                  </RequireSection>
                ),
              },
              {
                // Dev and test only (the API answers 404 in production); no section of its own, so the queue admins' guard.
                path: 'admin/mail',
                element: (
                  <RequireSection section="admin.queues">
                    <DevMailPage />
                  </RequireSection>
                ),
              },
              {
                path: 'indicators/:id',
                element: (
                  <RequireSection section="indicators">
                    <IndicatorPage />
                  </RequireSection>
                ),
              },
              {
                path: 'supervision/:id',
                element: (
                  <RequireSection section="supervision">
                    <SupervisionRequestPage />
                  </RequireSection>
                ),
              },
              { path: 'work-packages/:id', element: <WorkPackagePage /> },
              { path: '403', element: <ForbiddenPage /> },
              { path: 'admin', element: <Navigate to={SECTION_PATHS['admin.users']} replace /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
