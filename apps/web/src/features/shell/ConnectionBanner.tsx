import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiReachable } from '../../lib/connection';
import { authApi } from '../auth';

const PROBE_MS = 5_000;

/**
 * Shown while API calls fail for want of the API (network, 502/503/504): the page keeps what it has, a light call
 * probes every few seconds, and every query is fetched again once the API answers.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const reachable = useApiReachable();
  const queryClient = useQueryClient();
  const wasReachable = useRef(reachable);

  const probe = useCallback(() => {
    // The answer, good or bad, updates the reachability the banner listens to.
    authApi.me().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!reachable && wasReachable.current) wasReachable.current = false;
    if (reachable && !wasReachable.current) {
      wasReachable.current = true;
      void queryClient.invalidateQueries();
    }
    if (reachable) return;
    const timer = setInterval(probe, PROBE_MS);
    return () => clearInterval(timer);
  }, [reachable, probe, queryClient]);

  if (reachable) return null;
  return (
    <Alert color="orange" role="status" data-testid="connection-lost" mb="md" title={t('connection.lost')} icon={<Loader size={16} color="orange" />}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('connection.reconnecting')}</Text>
        <Button size="compact-sm" variant="light" color="orange" onClick={probe}>
          {t('connection.retryNow')}
        </Button>
      </Group>
    </Alert>
  );
}
