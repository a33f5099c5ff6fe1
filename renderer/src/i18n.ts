// i18next for the UI: every language bundled, the first one given by the host, <html lang dir>
// kept in step with the current language.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES, textDirection, type Language } from '../../shared/i18n/languages';
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from '../../shared/i18n/resources';

function syncDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

export async function initI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocument);
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources,
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  syncDocument(instance.language);
  return instance;
}
