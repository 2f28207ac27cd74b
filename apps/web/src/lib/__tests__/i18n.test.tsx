import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ERROR_CODES, errorTranslationKey, FIELD_RULES, fieldRuleTranslationKey, PARSE_WARNING_CODES } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../features/shell/LanguageSwitch';
import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import { renderElement } from '../../test/render';
import { changeLanguage, createI18n, currentLanguage, LANGUAGE_STORAGE_KEY, whenLanguageReady } from '../i18n';

const keysOf = (node: object, prefix = ''): string[] =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('i18n', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Vietnamese whatever the browser prefers', () => {
    const sut = createI18n();
    expect(currentLanguage(sut)).toBe('vi');
    expect(sut.t('auth.submit')).toBe('Đăng nhập');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English and remembers the choice on this device', async () => {
    const sut = createI18n();
    await changeLanguage(sut, 'en');

    expect(sut.t('auth.invalidCredentials')).toBe('Incorrect username or password.');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    const next = createI18n();
    await whenLanguageReady(next);
    expect(currentLanguage(next)).toBe('en');
    expect(next.t('auth.invalidCredentials')).toBe('Incorrect username or password.');
  });

  it('writes day counts in each language\'s number format (1.124 in Vietnamese, 1,124 in English), with the plural kept', async () => {
    const sut = createI18n();
    expect(sut.t('deadlines.countdown.left', { days: 1124 })).toBe('Còn 1.124 ngày');
    expect(sut.t('deadlines.countdown.passed', { days: 1124 })).toBe('Đã quá 1.124 ngày');
    expect(sut.t('deadlines.daysLeft', { days: 1124 })).toBe('1.124 ngày');
    expect(sut.t('deadlines.daysOverdue', { days: 1124 })).toBe('1.124 ngày');
    expect(sut.t('board.daysLeft', { count: 1124 })).toBe('Còn 1.124 ngày');
    expect(sut.t('board.daysOverdue', { count: 1124 })).toBe('Quá hạn 1.124 ngày');
    expect(sut.t('workPackages.dueSoonDays', { days: 2 })).toBe('Sắp đến hạn: còn 2 ngày');
    expect(sut.t('reports.periodic.daysLate', { count: 1124 })).toBe('quá hạn 1.124 ngày');
    await changeLanguage(sut, 'en');
    expect(sut.t('board.daysLeft', { count: 1 })).toBe('1 day left');
    expect(sut.t('board.daysLeft', { count: 1124 })).toBe('1,124 days left');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(currentLanguage(createI18n())).toBe('vi');
  });

  it('has a message for every error code the API can send, in both languages', () => {
    const keys = new Set(keysOf(vi));
    for (const code of API_ERROR_CODES) expect(keys).toContain(errorTranslationKey(code));
    expect(keysOf(vi.errors.codes).sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('words every field rule the API can send in %s, naming the field', (_lang, locale) => {
    const keys = new Set(keysOf(locale));
    for (const rule of FIELD_RULES) expect(keys).toContain(fieldRuleTranslationKey(rule));
    expect(Object.keys(locale.errors.rules).sort()).toEqual([...FIELD_RULES].sort());
    for (const sentence of Object.values(locale.errors.rules).filter((s) => s !== locale.errors.rules.badCursor)) expect(sentence).toContain('{{field}}');
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('words every warning the plan parser can give in %s', (_lang, locale) => {
    const worded = Object.keys(locale.import.warnings).filter((k) => k !== 'line' && k !== 'other');
    expect(worded.sort()).toEqual([...PARSE_WARNING_CODES].sort());
  });

  it('has the same keys in both languages', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });
});

function Probe() {
  const { t } = useTranslation();
  return <p>{t('shell.signOut')}</p>;
}

describe(LanguageSwitch.name, () => {
  beforeEach(() => localStorage.clear());

  it('re-renders the UI in the chosen language', async () => {
    const user = userEvent.setup();
    renderElement(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );
    expect(screen.getByText('Đăng xuất')).toBeInTheDocument();

    await user.click(screen.getByText('EN'));

    await waitFor(() => expect(screen.getByText('Sign out')).toBeInTheDocument());
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
