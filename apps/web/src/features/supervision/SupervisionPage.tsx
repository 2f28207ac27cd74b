import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the supervision screen lands; its route and permission check are already wired. */
export function SupervisionPage() {
  return <ComingSoon section="supervision" />;
}
