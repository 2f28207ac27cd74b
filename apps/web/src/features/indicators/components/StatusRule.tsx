import { Card, List, Text, Title } from '@mantine/core';
import { AT_RISK_TOLERANCE, TARGET_STATUSES } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { TargetStatusBadge } from './TargetStatusBadge';

/** The rule and its thresholds, on the page, from the same constant the domain computes with. */
export function StatusRule() {
  const { t } = useTranslation();
  const percent = Math.round(AT_RISK_TOLERANCE * 100);
  return (
    <Card withBorder component="section" aria-labelledby="indicator-rule">
      <Title order={2} size="h5" id="indicator-rule" mb={4}>
        {t('indicators.rule.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('indicators.rule.body')}
      </Text>
      <List size="sm" spacing={4}>
        {TARGET_STATUSES.map((status) => (
          <List.Item key={status} icon={<TargetStatusBadge status={status} />}>
            {t(`indicators.rule.${status}`, { percent })}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
