import { Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../../lib/api-client';
import { ForbiddenPage } from './ForbiddenPage';
import { NotFoundPage } from './NotFoundPage';
import { QueryErrorPage } from './QueryErrorPage';
import { StatusPage } from './StatusPage';

/** The router's errorElement: render errors and thrown API errors end up here instead of a blank page. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  // An API error thrown while rendering says what went wrong in its own code, translated like any other.
  if (isApiError(error)) return <QueryErrorPage error={error} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 403) return <ForbiddenPage />;
  return (
    <StatusPage
      icon={<IconAlertTriangle size={28} />}
      title={t('errors.boundary.title')}
      description={t('errors.boundary.description')}
      action={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}
