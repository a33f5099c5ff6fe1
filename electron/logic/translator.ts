// Translations for the main process (menus, dialogs), from the same bundled locale files.
import i18next from 'i18next';
import type { Language } from '../../shared/i18n/languages';
import { FALLBACK_LANGUAGE } from '../../shared/i18n/languages';
import { resources, type Namespace } from '../../shared/i18n/resources';

export type Translate = (key: string, values?: Record<string, string>) => string;

export function createTranslator(language: Language, namespace: Namespace): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    ns: [namespace],
    defaultNS: namespace,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // Keys are checked by the menu's own tests; the renderer's typed-key declarations do not apply here.
  const t = instance.t as unknown as (key: string, options: Record<string, string>) => string;
  return (key, values) => t(key, values ?? {});
}
