import { Button, Group, Select } from '@mantine/core';
import { ACCUMULATIONS, type IndicatorDetail } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { useUpdateIndicator } from '../api/use-indicator-mutations';

/** The UBND office assigns the responsible department and, where the unit's default is wrong, how figures accumulate. */
export function IndicatorSettings({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const update = useUpdateIndicator(indicator.id);
  const [department, setDepartment] = useState<string | null>(indicator.responsibleDepartmentId);
  const [accumulation, setAccumulation] = useState<string>(indicator.accumulationIsDefault ? 'default' : indicator.accumulation);
  const save = () =>
    update.mutate({ responsibleDepartmentId: department, accumulation: accumulation === 'default' ? null : accumulation, version: indicator.version });
  return (
    <Group align="flex-end" wrap="wrap" aria-label={t('indicators.settings.title')} role="group">
      <Select
        label={t('indicators.detail.responsible')}
        data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={department}
        onChange={setDepartment}
        searchable
        clearable
        w={{ base: '100%', sm: 320 }}
      />
      <Select
        label={t('indicators.accumulation.label')}
        data={[
          { value: 'default', label: `${t(`indicators.accumulation.${indicator.accumulationIsDefault ? indicator.accumulation : 'cumulative'}`)} ${t('indicators.accumulation.default')}` },
          ...ACCUMULATIONS.map((a) => ({ value: a, label: t(`indicators.accumulation.${a}`) })),
        ]}
        value={accumulation}
        onChange={(v) => v && setAccumulation(v)}
        allowDeselect={false}
        w={{ base: '100%', sm: 320 }}
      />
      <Button onClick={save} loading={update.isPending}>
        {t('indicators.settings.save')}
      </Button>
    </Group>
  );
}
