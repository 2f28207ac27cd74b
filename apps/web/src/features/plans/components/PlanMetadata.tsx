import { Alert, List, SimpleGrid, Text } from '@mantine/core';
import { formatDateVi, type PlanDocumentKind } from '@mandate/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface PlanMetadataProps {
  number: string | null;
  kind: PlanDocumentKind;
  issuer: string | null;
  issuedOn: string | null;
  planYear: number | null;
}

/** Number, issuer, date and plan year of the document, dd/mm/yyyy. */
export function PlanMetadata({ number, kind, issuer, issuedOn, planYear }: PlanMetadataProps) {
  const { t } = useTranslation();
  const fields: [string, string][] = [
    [t('plans.number'), number ?? t('plans.unknown')],
    [t('plans.kind'), t(`plans.kinds.${kind}`)],
    [t('plans.issuer'), issuer ?? t('plans.unknown')],
    [t('plans.issuedOn'), issuedOn ? formatDateVi(issuedOn) : t('plans.unknown')],
    [t('plans.planYear'), planYear === null ? t('plans.unknown') : String(planYear)],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="md" component="dl" m={0}>
      {fields.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

export function ParseWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('plans.warnings', { n: warnings.length })}>
      <List size="sm" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={i}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
