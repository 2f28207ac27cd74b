import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the dashboard screen lands; its route and permission check are already wired. */
export function DashboardPage() {
  return <ComingSoon section="dashboard" />;
}
