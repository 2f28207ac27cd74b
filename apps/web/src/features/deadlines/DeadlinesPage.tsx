import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the deadlines screen lands; its route and permission check are already wired. */
export function DeadlinesPage() {
  return <ComingSoon section="deadlines" />;
}
