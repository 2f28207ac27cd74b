import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanDocumentParse } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { DeadlinesTable } from '../../plans/components/DeadlinesTable';
import { IndicatorsTable } from '../../plans/components/IndicatorsTable';
import { ItemTree } from '../../plans/components/ItemTree';
import { ParseWarnings, PlanMetadata } from '../../plans/components/PlanMetadata';
import { leafItems } from '../../plans/plan-tree';
import { UnmatchedAgencies } from './UnmatchedAgencies';

/** What the parser found, laid out for the person who checks it before confirming. */
export function ImportPreview({ parse, sourceText }: { parse: PlanDocumentParse; sourceText: string | null }) {
  const { t } = useTranslation();
  const { document } = parse;
  return (
    <Stack gap="lg" aria-label={t('import.previewTitle')} component="section">
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb={4}>
          {document.title}
        </Title>
        <Group gap="xs" mb="md">
          <Badge variant="light">{t('import.summary.indicators', { n: parse.indicators.length })}</Badge>
          <Badge variant="light">{t('import.summary.leaves', { n: leafItems(parse.items).length })}</Badge>
          <Badge variant="light">{t('import.summary.deadlines', { n: parse.deadlines.length })}</Badge>
        </Group>
        <PlanMetadata number={document.number} kind={document.kind} issuer={document.issuer} issuedOn={document.issuedOn} planYear={document.planYear} />
      </Paper>
      <ParseWarnings warnings={parse.warnings} details={parse.warningDetails} sourceText={sourceText} />
      <UnmatchedAgencies items={parse.items} />
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('plans.indicators.title')}
        </Title>
        <IndicatorsTable indicators={parse.indicators} />
      </section>
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('plans.items.title')}
        </Title>
        <ItemTree items={parse.items} count="paragraphs" />
      </section>
      <section>
        <Title order={3} size="h5" mb="xs">
          {t('plans.deadlines.title')}
        </Title>
        <DeadlinesTable deadlines={parse.deadlines} />
        {parse.deadlines.length > 0 && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('plans.deadlines.hint')}
          </Text>
        )}
      </section>
    </Stack>
  );
}
