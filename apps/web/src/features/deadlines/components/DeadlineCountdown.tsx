import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { ParsedDeadline } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { countdownTo } from '../deadline-views';

/** Days left to each explicit deadline of the plan (e.g. 31/12/2026: disburse 100% of the public investment plan). */
export function DeadlineCountdown({ deadlines, today }: { deadlines: readonly ParsedDeadline[]; today: string }) {
  const { t } = useTranslation();
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="deadline-countdown">
      <Title order={2} size="h4" id="deadline-countdown" mb="sm">
        {t('deadlines.countdown.title')}
      </Title>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deadlines.countdown.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {sorted.map((deadline) => {
            const left = countdownTo(deadline.date, today);
            const color = left.state === 'passed' ? 'red' : left.days <= 30 ? 'orange' : 'blue';
            return (
              <Card key={`${deadline.ref}-${deadline.date}-${deadline.text}`} withBorder data-testid="countdown">
                <Group justify="space-between" align="baseline" wrap="nowrap">
                  <Text fw={700} size="xl" c={color}>
                    {left.state === 'today' ? t('deadlines.countdown.today') : t(left.state === 'ahead' ? 'deadlines.countdown.left' : 'deadlines.countdown.passed', { days: left.days })}
                  </Text>
                  <Text size="sm" fw={500}>
                    {formatDate(deadline.date)}
                  </Text>
                </Group>
                <Text size="sm" mt={4}>
                  {deadline.ref ? `${deadline.ref}: ` : ''}
                  {deadline.text}
                </Text>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </section>
  );
}
