import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until the indicators screen lands; its route and permission check are already wired. */
export function IndicatorsPage() {
  return <ComingSoon section="indicators" />;
}
