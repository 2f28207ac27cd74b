import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'mandate.language';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Vietnamese unless the user picked English on this device; the browser's language is deliberately ignored. */
export const createI18n = (): I18n => {
  const instance = i18next.createInstance();
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: false,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: { order: ['localStorage'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
    });
  const syncDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  syncDocument(instance.resolvedLanguage ?? DEFAULT_LANGUAGE);
  instance.on('languageChanged', syncDocument);
  return instance;
};

export const currentLanguage = (instance: I18n): Language => (isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE);

/** Switches the UI language; the detector's cache writes the choice to localStorage. */
export const changeLanguage = async (instance: I18n, language: Language): Promise<void> => {
  await instance.changeLanguage(language);
};

export const i18n = createI18n();
