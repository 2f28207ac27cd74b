import { Text } from '@mantine/core';
import type { Trend } from '@mandate/domain';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const ICONS = { up: IconArrowUpRight, down: IconArrowDownRight, flat: IconArrowRight } as const;

export function TrendIcon({ trend }: { trend: Trend | null }) {
  const { t } = useTranslation();
  if (!trend) return <Text size="sm" c="dimmed" aria-label={t('indicators.trend.none')}>—</Text>;
  const Icon = ICONS[trend];
  return (
    <span title={t(`indicators.trend.${trend}`)} aria-label={t(`indicators.trend.${trend}`)} role="img">
      <Icon size={18} />
    </span>
  );
}
