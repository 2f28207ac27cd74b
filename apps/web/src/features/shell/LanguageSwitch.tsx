import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '../../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('shell.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={currentLanguage(i18n)}
        onChange={(value) => {
          if (isLanguage(value)) void changeLanguage(i18n, value);
        }}
        data={LANGUAGES.map((lng) => ({ value: lng, label: <span lang={lng} title={t(`shell.languages.${lng}`)}>{lng.toUpperCase()}</span> }))}
      />
    </div>
  );
}
