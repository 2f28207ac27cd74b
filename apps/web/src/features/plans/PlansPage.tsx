import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the plans screen lands; its route and permission check are already wired. */
export function PlansPage() {
  return <ComingSoon section="plans" />;
}
