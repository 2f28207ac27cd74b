import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the import screen lands; its route and permission check are already wired. */
export function ImportPage() {
  return <ComingSoon section="import" />;
}
