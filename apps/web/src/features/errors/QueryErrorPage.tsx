import { Button, Group } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconMapQuestion, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api-client';
import { errorMessage } from '../../lib/error-message';
import { StatusPage } from './StatusPage';

export interface BackLink {
  to: string;
  label: string;
}

/**
 * The whole page when its main query failed (a plan, a package, an indicator, a request): the API's error code in the
 * user's language — through the same translation as forms — with a way back, and a retry where trying again can help.
 */
export function QueryErrorPage({ error, onRetry, back }: { error: unknown; onRetry?: () => void; back?: BackLink }) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : 0;
  const offline = isApiError(error) && error.code === 'NETWORK_ERROR';
  const kind = status === 404 ? 'notFound' : status === 403 ? 'forbidden' : offline ? 'network' : 'failed';
  const icon = { notFound: <IconMapQuestion size={28} />, forbidden: <IconLock size={28} />, network: <IconPlugConnectedX size={28} />, failed: <IconAlertTriangle size={28} /> }[kind];
  const mayRetry = onRetry && (kind === 'network' || kind === 'failed');
  return (
    <StatusPage
      icon={icon}
      title={t(`errors.queryPage.${kind}`)}
      description={errorMessage(t, error)}
      action={
        <Group gap="sm" justify="center">
          {mayRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
          <Button component={Link} to={back?.to ?? '/'} variant="light">
            {back?.label ?? t('errors.home')}
          </Button>
        </Group>
      }
    />
  );
}
