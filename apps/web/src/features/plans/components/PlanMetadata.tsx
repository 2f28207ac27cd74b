import { Alert, Badge, List, SimpleGrid, Text } from '@mantine/core';
import { formatDateVi, type ParseWarning, type PlanDocumentKind } from '@mandate/domain';
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

/**
 * The parser's warnings in the reader's language, each beside the line it concerns (its number, and its text
 * where the pasted text is at hand), in document order; plans read before warnings had codes show their sentences.
 */
export function ParseWarnings({ warnings, details, sourceText = null }: { warnings: string[]; details?: ParseWarning[]; sourceText?: string | null }) {
  const { t } = useTranslation();
  const count = details && details.length > 0 ? details.length : warnings.length;
  if (count === 0) return null;
  const lines = sourceText?.split(/\r?\n/);
  const ordered = [...(details ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('plans.warnings', { n: count })}>
      <List size="sm" spacing={4}>
        {ordered.length > 0
          ? ordered.map((w, i) => (
              <List.Item key={i} data-testid="parse-warning" data-line={w.line ?? undefined}>
                {w.line !== null && (
                  <Badge size="sm" variant="outline" color="yellow.9" mr={6} ff="monospace">
                    {t('import.warnings.line', { line: w.line })}
                  </Badge>
                )}
                {t(`import.warnings.${w.code}`, { ...w.params, defaultValue: t('import.warnings.other') })}
                {w.line !== null && lines?.[w.line - 1]?.trim() && (
                  <Text size="xs" c="dimmed" ff="monospace" lineClamp={1} title={lines[w.line - 1]}>
                    {lines[w.line - 1].trim()}
                  </Text>
                )}
              </List.Item>
            ))
          : // A plan stored before warnings had codes keeps only the parser's English lines: worded generically, the line in the tooltip.
            warnings.map((w, i) => (
              <List.Item key={i} title={w}>
                {t('import.warnings.other')}
              </List.Item>
            ))}
      </List>
    </Alert>
  );
}
