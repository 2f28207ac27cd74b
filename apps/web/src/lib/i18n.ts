import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '../locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'mandate.language';

type Messages = typeof vi;

/**
 * Vietnamese ships with the app; English is its own chunk, fetched the first time someone picks it (or starts with it
 * stored), so the first screen does not download a language nobody reads.
 */
const loadMessages: Record<Language, () => Promise<Messages>> = {
  vi: async () => vi,
  en: async () => (await import('../locales/en.json')).default,
};

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const storedLanguage = (): Language => {
  try {
    const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

const ready = new WeakMap<I18n, Promise<void>>();

/** Vietnamese unless the user picked English on this device; the browser's language is deliberately ignored. */
export const createI18n = (): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: 'languageOnly',
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const syncDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  syncDocument(DEFAULT_LANGUAGE);
  instance.on('languageChanged', syncDocument);
  const stored = storedLanguage();
  ready.set(instance, stored === DEFAULT_LANGUAGE ? Promise.resolve() : changeLanguage(instance, stored));
  return instance;
};

/** Resolves once the language stored on this device is loaded (at once for Vietnamese). */
export const whenLanguageReady = (instance: I18n): Promise<void> => ready.get(instance) ?? Promise.resolve();

export const currentLanguage = (instance: I18n): Language => (isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE);

/** Switches the UI language (loading its messages the first time) and remembers the choice on this device. */
export const changeLanguage = async (instance: I18n, language: Language): Promise<void> => {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadMessages[language]());
  }
  await instance.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
};

export const i18n = createI18n();
