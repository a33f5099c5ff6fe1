// The one i18next instance of the page, and when it is there. It is not in the first chunk (issue 20):
// the prerendered first screen is hydrated with its early text (./early-text.ts) and i18next loads in
// idle time after it, or at once when the first render needs it (another language, saved answers…).
// Everything that needs i18next (the parts and screens loaded apart, a language change) awaits
// loadI18next(); <TextProvider> switches to it when it is there.
import type { i18n } from 'i18next';
import { FALLBACK_LANGUAGE, type Language } from '../../shared/i18n/languages';

let start: { language: Language; pseudoRtl: boolean } = { language: FALLBACK_LANGUAGE, pseudoRtl: false };
let loading: Promise<i18n> | null = null;
let loaded: i18n | null = null;
const listeners = new Set<(instance: i18n) => void>();

/** The language (and test-only pseudo-locale) i18next starts with when it is first loaded: at boot. */
export function setI18nextStart(language: Language, pseudoRtl = false): void {
  start = { language, pseudoRtl };
}

/** Called by initI18n (./i18n.ts): the instance it made is the page's from now on. */
export function registerI18next(instance: i18n): void {
  loaded = instance;
  loading = Promise.resolve(instance);
  for (const listener of listeners) listener(instance);
}

/** i18next, loaded and initialised on the first call (the same instance after). */
export function loadI18next(): Promise<i18n> {
  loading ??= import('./i18n')
    .then(({ initI18n }) => initI18n(start.language, { pseudoRtl: start.pseudoRtl }))
    .catch((error: unknown) => {
      // Not loaded (a chunk that failed to arrive): the next call tries again.
      loading = null;
      throw error;
    });
  return loading;
}

/** The instance, if it is there already. */
export function loadedI18next(): i18n | null {
  return loaded;
}

/** Calls `listener` when an instance is there (not for one there already); returns the unsubscribe. */
export function whenI18nextLoaded(listener: (instance: i18n) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Not a namespace of its own: loading it adds the late part of `common` (what the first screen does
 * not show) to `common` (./i18n.ts). Awaited with the content namespaces (loadAllText, useAllText) and by
 * the first screen's parts loaded apart (loadLateText), so no screen ever shows a key instead of its text.
 */
export const LATE_TEXT = 'common~late';

/** The late part of `common` (LATE_TEXT), loading i18next first if need be. */
export async function loadLateText(): Promise<void> {
  await (await loadI18next()).loadNamespaces(LATE_TEXT);
}
