import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { can, type IndicatorDetail, type IndicatorMeasurement } from '@mandate/domain';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useCurrentUser } from '../../auth';
import { indicatorsApi } from '../api/indicators.api';
import { useConfirmMeasurement } from '../api/use-indicator-mutations';
import { figureText, periodLabel } from '../indicator-format';

export function MeasurementsTable({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const confirm = useConfirmMeasurement();
  const mayConfirm = can(user.role, 'indicators.confirm');
  const targets = new Map(indicator.targets.map((target) => [target.id, target]));
  const download = (m: IndicatorMeasurement) => indicatorsApi.downloadEvidence(m).catch((err: unknown) => notifyError(errorMessage(t, err)));

  if (indicator.measurements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('indicators.measurements.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={t('indicators.measurements.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators.period.label')}</Table.Th>
            <Table.Th>{t('indicators.measurements.values')}</Table.Th>
            <Table.Th>{t('indicators.measurements.source')}</Table.Th>
            <Table.Th>{t('indicators.measurements.enteredBy')}</Table.Th>
            <Table.Th>{t('indicators.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...indicator.measurements].reverse().map((m) => (
            <Table.Tr key={m.id} data-testid="measurement-row">
              <Table.Td>
                <Text size="sm">{periodLabel(t, m.period)}</Text>
                <Group gap={4}>
                  <Badge size="sm" variant="light" color={m.kind === 'official' ? 'blue' : 'gray'} style={{ textTransform: 'none' }}>
                    {t(`indicators.kind.${m.kind}`)}
                  </Badge>
                  {m.correctsId && (
                    <Badge size="sm" variant="outline" color="orange" style={{ textTransform: 'none' }}>
                      {t('indicators.measurements.correctionOf')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {m.values.map((v) => {
                    const target = targets.get(v.targetId);
                    return (
                      <Text size="sm" key={v.targetId}>
                        {target?.label ? `${target.label}: ` : ''}
                        {figureText(v.value, target?.unit ?? null)}
                      </Text>
                    );
                  })}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.source}</Text>
                {m.note && (
                  <Text size="xs" c="dimmed">
                    {m.note}
                  </Text>
                )}
                {m.evidence && (
                  <Button size="compact-xs" variant="light" mt={4} leftSection={<IconDownload size={12} />} onClick={() => void download(m)}>
                    {m.evidence.fileName}
                  </Button>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.enteredByName}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(m.enteredAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                {m.confirmedAt ? (
                  <Stack gap={0}>
                    <Badge color="green" variant="light" style={{ textTransform: 'none' }}>
                      {t('indicators.measurements.confirmed')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('indicators.measurements.confirmedBy', { name: m.confirmedByName ?? '', at: formatDateTime(m.confirmedAt) })}
                    </Text>
                  </Stack>
                ) : mayConfirm ? (
                  <Button size="xs" onClick={() => confirm.mutate({ id: m.id, version: m.version })} loading={confirm.isPending && confirm.variables?.id === m.id}>
                    {t('indicators.measurements.confirm')}
                  </Button>
                ) : (
                  <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
                    {t('indicators.measurements.pending')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
