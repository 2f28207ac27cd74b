import { canOpen, type NavigationSection } from '@mandate/domain';
import { Navigate, type RouteObject } from 'react-router';
import { RequireAuth, RequireSection } from '../features/auth';
import { ForbiddenPage } from '../features/errors/ForbiddenPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { RouteErrorBoundary } from '../features/errors/RouteErrorBoundary';
import { prefetchBoard } from '../features/board/board-query';
import { SECTION_PATHS } from '../features/shell/sections';
import type { ScreenHandle } from './first-screen';
import { type LazyPage, lazyPage } from './lazy-page';

// Every screen is its own chunk, loaded on first visit (see lazyPage): add a page the same way, one line per screen,
// and never import a screen statically elsewhere in the app.
// The signed-in frame (header, navigation) too: the sign-in page does not need it.
const AppLayout = lazyPage(() => import('../features/shell/AppLayout'), (m) => m.AppLayout);
const SignInPage = lazyPage(() => import('../features/auth/components/SignInPage'), (m) => m.SignInPage);
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), (m) => m.DashboardPage);
const PlansPage = lazyPage(() => import('../features/plans/components/PlansPage'), (m) => m.PlansPage);
const PlanDetailPage = lazyPage(() => import('../features/plans/components/PlanDetailPage'), (m) => m.PlanDetailPage);
const BreakdownPage = lazyPage(() => import('../features/plans/breakdown/BreakdownPage'), (m) => m.BreakdownPage);
const ImportPage = lazyPage(() => import('../features/import/components/ImportPage'), (m) => m.ImportPage);
const BoardPage = lazyPage(() => import('../features/board/components/BoardPage'), (m) => m.BoardPage);
const DeadlinesPage = lazyPage(() => import('../features/deadlines/components/DeadlinesPage'), (m) => m.DeadlinesPage);
const IndicatorsPage = lazyPage(() => import('../features/indicators/IndicatorsPage'), (m) => m.IndicatorsPage);
const IndicatorPage = lazyPage(() => import('../features/indicators/components/IndicatorPage'), (m) => m.IndicatorPage);
const DisbursementPage = lazyPage(() => import('../features/disbursement/components/DisbursementPage'), (m) => m.DisbursementPage);
const SupervisionPage = lazyPage(() => import('../features/supervision/components/SupervisionPage'), (m) => m.SupervisionPage);
const SupervisionRequestPage = lazyPage(() => import('../features/supervision/components/SupervisionRequestPage'), (m) => m.SupervisionRequestPage);
const LeaguePage = lazyPage(() => import('../features/reports/league/components/LeaguePage'), (m) => m.LeaguePage);
const ReportsPage = lazyPage(() => import('../features/reports/components/ReportsPage'), (m) => m.ReportsPage);
const PublicPlanPage = lazyPage(() => import('../features/reports/components/PublicPlanPage'), (m) => m.PublicPlanPage);
const AuditLogPage = lazyPage(() => import('../features/audit/components/AuditLogPage'), (m) => m.AuditLogPage);
const UsersPage = lazyPage(() => import('../features/admin/users/components/UsersPage'), (m) => m.UsersPage);
const DepartmentsPage = lazyPage(() => import('../features/admin/departments/components/DepartmentsPage'), (m) => m.DepartmentsPage);
const QueuesPage = lazyPage(() => import('../features/admin/queues/QueuesPage'), (m) => m.QueuesPage);
const DevMailPage = lazyPage(() => import('../features/admin/mail/DevMailPage'), (m) => m.DevMailPage);
const WorkPackagePage = lazyPage(() => import('../features/work-packages/components/WorkPackagePage'), (m) => m.WorkPackagePage);

// One screen per navigation section; a team replacing a placeholder swaps the component here.
const SECTION_SCREENS: Record<NavigationSection, LazyPage> = {
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

// The data a section's first screen shows, fetched at start-up while its chunk downloads (app/first-screen.ts).
const SECTION_PREFETCH: Partial<Record<NavigationSection, NonNullable<ScreenHandle['prefetch']>>> = {
  board: prefetchBoard,
};

const sectionRoutes: RouteObject[] = (Object.entries(SECTION_SCREENS) as [NavigationSection, LazyPage][]).map(([section, Screen]) => {
  const guarded = (
    <RequireSection section={section}>
      <Screen />
    </RequireSection>
  );
  const prefetch = SECTION_PREFETCH[section];
  const handle: ScreenHandle = {
    preload: Screen.preload,
    prefetch: prefetch && ((queryClient, params, user) => (canOpen(user.role, section) ? prefetch(queryClient, params, user) : Promise.resolve())),
  };
  const path = SECTION_PATHS[section];
  return path === '/' ? { index: true, element: guarded, handle } : { path: path.slice(1), element: guarded, handle };
});

const screenHandle = (Screen: LazyPage): ScreenHandle => ({ preload: Screen.preload });

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: <SignInPage />,
    errorElement: <RouteErrorBoundary />,
    // After the sign-in page's own chunk, the signed-in frame's: it downloads while the person types, not after signing in.
    handle: { preload: () => SignInPage.preload().then(AppLayout.preload) } satisfies ScreenHandle,
  },
  // The transparency page needs no session (published plans only).
  { path: '/public/plans/:id', element: <PublicPlanPage />, errorElement: <RouteErrorBoundary />, handle: screenHandle(PublicPlanPage) },
  {
    path: '/',
    element: <RequireAuth />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        element: <AppLayout />,
        handle: screenHandle(AppLayout),
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              ...sectionRoutes,
              {
                path: 'plans/:id',
                handle: screenHandle(PlanDetailPage),
                element: (
                  <RequireSection section="plans">
                    <PlanDetailPage />
                  </RequireSection>
                ),
              },
              {
                path: 'plans/:id/breakdown',
                handle: screenHandle(BreakdownPage),
                element: (
                  <RequireSection section="plans">
                    <BreakdownPage />
                  </RequireSection>
                ),
              },
              {
                path: 'reports/league',
                handle: screenHandle(LeaguePage),
                element: (
                  <RequireSection section="reports">
                    <LeaguePage />
                  </RequireSection>
                ),
              },
              {
                // Dev and test only (the API answers 404 in production); no section of its own, so the queue admins' guard.
                path: 'admin/mail',
                handle: screenHandle(DevMailPage),
                element: (
                  <RequireSection section="admin.queues">
                    <DevMailPage />
                  </RequireSection>
                ),
              },
              {
                path: 'indicators/:id',
                handle: screenHandle(IndicatorPage),
                element: (
                  <RequireSection section="indicators">
                    <IndicatorPage />
                  </RequireSection>
                ),
              },
              {
                path: 'supervision/:id',
                handle: screenHandle(SupervisionRequestPage),
                element: (
                  <RequireSection section="supervision">
                    <SupervisionRequestPage />
                  </RequireSection>
                ),
              },
              { path: 'work-packages/:id', element: <WorkPackagePage />, handle: screenHandle(WorkPackagePage) },
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
