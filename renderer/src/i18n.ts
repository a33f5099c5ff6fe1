// i18next for the UI. Each language's text is its own set of chunks, loaded when first needed:
// the first screen waits only for the core namespaces of the language in use; the content
// namespaces (Learn, rules, sheet, references) follow in the background and are awaited by the
// screens that use them. <html lang dir> follows the current language.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES, textDirection, type Language } from '../../shared/i18n/languages';
import type { LocaleTree } from '../../shared/i18n/locale-parity';
import { CORE_NAMESPACES, DEFAULT_NAMESPACE, NAMESPACES, type Namespace } from '../../shared/i18n/namespaces';
import { bundledEarlyText } from './early-text';
import { LATE_TEXT, registerI18next } from './i18next-loader';
import { PSEUDO_RTL_PROCESSOR, pseudoRtlProcessor } from './pseudo-rtl';

type Bundle = { default: LocaleTree };
// common.json comes in two parts (shared/i18n/common-split.ts, split at build time by
// scripts/common-split-plugin.ts): the early part with the first screen, the late part later.
const bundles = import.meta.glob<Bundle>(['../../locales/*/*.json', '!../../locales/*/common.json']);
const commonEarly = import.meta.glob<Bundle>('../../locales/*/common.json', { query: '?common-part=early' });
const commonLate = import.meta.glob<Bundle>('../../locales/*/common.json', { query: '?common-part=late' });
// The early part of the fallback language's `common` is bundled with the main script (./early-text.ts):
// i18next always loads the fallback language, and never waits for a chunk for it.
const ALL_TEXT: readonly string[] = [...NAMESPACES, LATE_TEXT];

/** A backend for one i18next instance (it adds the late part of `common` to that instance's store). */
function bundledBackend(instance: i18n): BackendModule {
  return {
    type: 'backend',
    init: () => {},
    read: (language, namespace, callback) => {
      const late = namespace === LATE_TEXT;
      const path = `../../locales/${language}/${late ? 'common' : namespace}.json`;
      const bundled = namespace === 'common' ? bundledEarlyText(language) : undefined;
      if (bundled) return callback(null, bundled);
      const load = late ? commonLate[path] : namespace === 'common' ? commonEarly[path] : bundles[path];
      if (!load) return callback(new Error(`no text for ${language}/${namespace}`), false);
      load().then(
        (module) => {
          if (!late) return callback(null, module.default);
          instance.addResourceBundle(language, 'common', module.default, true, true);
          callback(null, {});
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

function syncDocument(language: string, pseudoRtl: boolean): void {
  // No document when the first screen is prerendered at build time (./prerender.tsx).
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = pseudoRtl ? 'rtl' : textDirection(language);
}

/** `pseudoRtl`: the test-only right-to-left pseudo-locale (./pseudo-rtl.ts). */
export async function initI18n(language: Language, { pseudoRtl = false } = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => syncDocument(lng, pseudoRtl));
  if (pseudoRtl) instance.use(pseudoRtlProcessor);
  await instance
    .use(bundledBackend(instance))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      ns: [...CORE_NAMESPACES],
      defaultNS: DEFAULT_NAMESPACE,
      // Keys are always paths ("namespace:path.to.text"). Saying so spares every t() call i18next's
      // check for natural-language keys.
      keySeparator: '.',
      nsSeparator: ':',
      interpolation: { escapeValue: false },
      returnNull: false,
      // Load the text now, not in a timer task: the first screen waits for it.
      initAsync: false,
      react: { bindI18nStore: 'added' },
      ...(pseudoRtl && { postProcess: [PSEUDO_RTL_PROCESSOR] }),
    });
  syncDocument(instance.language, pseudoRtl);
  registerI18next(instance);
  return instance;
}

/**
 * Loads every namespace, for the current language and for any others given (the sheet may be
 * printed in another language). loadNamespaces also adds them to the namespaces loadLanguages fetches.
 */
export async function loadAllText(instance: i18n, languages: readonly Language[] = []): Promise<void> {
  await instance.loadNamespaces([...ALL_TEXT]);
  if (languages.length) await instance.loadLanguages([...languages]);
}

/** For screens that show content text: suspends them (inside <Suspense>) until all of it is loaded. */
export function useAllText(): void {
  const { i18n } = useTranslation(ALL_TEXT as readonly Namespace[]);
  requireText(i18n, ALL_TEXT);
}

/**
 * Throws (for the screen's LoadFailureBoundary to say so) when a namespace could be loaded neither in
 * the language in use nor in the fallback language. Missing only in the language in use, the text is
 * shown in the fallback language, as i18next does.
 */
export function requireText(instance: i18n, namespaces: readonly string[]): void {
  const languages = [...new Set([instance.language, FALLBACK_LANGUAGE])];
  const missing = namespaces.filter((namespace) => languages.every((language) => failedToLoad(instance, language, namespace)));
  if (missing.length) throw new Error(`The text could not be loaded: ${missing.join(', ')}`);
}

/**
 * Whether a namespace's file could not be loaded: i18next's own record (its connector's state -1). It
 * then counts the namespace as loaded and its t() gives the keys back, so a screen must check this
 * rather than be drawn with keys in place of its text, a safety point among them.
 */
function failedToLoad(instance: i18n, language: string, namespace: string): boolean {
  const connector = instance.services.backendConnector as { state?: Record<string, number> } | undefined;
  return connector?.state?.[`${language}|${namespace}`] === -1;
}

/**
 * For the first screen's parts loaded apart that show text from the late part of `common` (data
 * actions, Read aloud): suspends them until it is there. Their HTML stays as prerendered meanwhile.
 */
export function useLateText(): void {
  const { i18n } = useTranslation(LATE_TEXT as Namespace);
  requireText(i18n, [LATE_TEXT]);
}
