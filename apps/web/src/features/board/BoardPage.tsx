import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the board screen lands; its route and permission check are already wired. */
export function BoardPage() {
  return <ComingSoon section="board" />;
}
