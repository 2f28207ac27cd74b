import { Table, Text } from '@mantine/core';
import { formatTarget, type IndicatorGroup, type IndicatorTarget } from '@mandate/domain';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

interface IndicatorRow {
  code: string;
  group: IndicatorGroup;
  name: string;
  targets: IndicatorTarget[];
  /** The agencies the document names for it, as written (an import preview shows them). */
  responsible?: string[];
}

const GROUP_ORDER: IndicatorGroup[] = ['economy', 'society', 'environment', 'other'];

/** Indicators grouped as the resolution groups them (Kinh tế, Xã hội, Môi trường), each target written as people write it. */
export function IndicatorsTable({ indicators }: { indicators: IndicatorRow[] }) {
  const { t } = useTranslation();
  if (indicators.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('plans.indicators.empty')}
      </Text>
    );
  }
  const withResponsible = indicators.some((i) => (i.responsible?.length ?? 0) > 0);
  const columns = withResponsible ? 4 : 3;
  const groups = GROUP_ORDER.map((group) => ({ group, rows: indicators.filter((i) => i.group === group) })).filter((g) => g.rows.length > 0);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('plans.indicators.title')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('plans.indicators.code')}</Table.Th>
            <Table.Th>{t('plans.indicators.name')}</Table.Th>
            <Table.Th w={320}>{t('plans.indicators.targets')}</Table.Th>
            {withResponsible && <Table.Th w={220}>{t('plans.indicators.responsible')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map(({ group, rows }) => (
            <Fragment key={group}>
              <Table.Tr bg="var(--mantine-color-default-hover)">
                <Table.Th colSpan={columns} scope="colgroup">
                  {t(`plans.groups.${group}`)} ({rows.length})
                </Table.Th>
              </Table.Tr>
              {rows.map((indicator) => (
                <Table.Tr key={`${group}-${indicator.code}`} data-testid="indicator-row">
                  <Table.Td ff="monospace">({indicator.code})</Table.Td>
                  <Table.Td>{indicator.name}</Table.Td>
                  <Table.Td>
                    <TargetList targets={indicator.targets} />
                  </Table.Td>
                  {withResponsible && <Table.Td>{indicator.responsible?.join('; ')}</Table.Td>}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TargetList({ targets }: { targets: IndicatorTarget[] }) {
  const { t } = useTranslation();
  const qualitative = t('plans.qualitative');
  if (targets.length === 0) return <Text size="sm">{qualitative}</Text>;
  return (
    <>
      {targets.map((target, i) => (
        <Text key={i} size="sm">
          {target.label ? `${target.label}: ` : ''}
          <Text span fw={600} inherit>
            {formatTarget(target, { qualitative })}
          </Text>
        </Text>
      ))}
    </>
  );
}
