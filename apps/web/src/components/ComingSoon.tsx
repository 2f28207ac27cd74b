import { EmptyState, Title } from '@mantine/core';
import type { NavigationSection } from '@mandate/domain';
import { IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sectionTitleKey } from '../features/shell/sections';

/** An honest placeholder for a section still being built: no sample data, no dead buttons. */
export function ComingSoon({ section }: { section: NavigationSection }) {
  const { t } = useTranslation();
  const title = t(sectionTitleKey(section));
  return (
    <>
      <Title order={1} size="h3" mb="md">
        {title}
      </Title>
      <EmptyState mt="xl" mx="auto" maw={560} variant="light" icon={<IconHourglassEmpty size={28} />}>
        <EmptyState.Title order={2}>{t('comingSoon.title')}</EmptyState.Title>
        <EmptyState.Description>{t('comingSoon.description', { section: title })}</EmptyState.Description>
      </EmptyState>
    </>
  );
}
