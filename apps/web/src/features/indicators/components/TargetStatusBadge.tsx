import { Badge } from '@mantine/core';
import type { TargetStatus } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../indicator-format';

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'no_data' ? 'outline' : 'light'} style={{ textTransform: 'none' }} data-status={status}>
      {t(`indicators.status.${status}`)}
    </Badge>
  );
}
