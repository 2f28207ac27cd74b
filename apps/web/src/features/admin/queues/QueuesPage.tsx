import { ComingSoon } from '../../../components/ComingSoon';

/** Placeholder until the admin.queues screen lands; its route and permission check are already wired. */
export function QueuesPage() {
  return <ComingSoon section="admin.queues" />;
}
