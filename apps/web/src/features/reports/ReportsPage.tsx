import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the reports screen lands; its route and permission check are already wired. */
export function ReportsPage() {
  return <ComingSoon section="reports" />;
}
