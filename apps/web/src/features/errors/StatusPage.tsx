import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function StatusPage({ icon, title, description, action }: { icon: ReactNode; title: string; description: string; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      mx="auto"
      maw={560}
      size="lg"
      variant="light"
      icon={icon}
    >
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      <EmptyState.Actions>
        {action ?? (
          <Button component={Link} to="/" variant="light">
            {t('errors.home')}
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
