// The text of the parts of the app in the first chunk (App, the welcome screen, progress, step
// navigation, notices): i18next's t once it is there, the bundled early text before that
// (./early-text.ts, the same words). The screens and parts loaded apart use react-i18next directly:
// they load after i18next (./i18next-loader.ts).
//
// The context's value never changes: each component using the text subscribes to it, as
// react-i18next's do. A changed context value would reach into the prerendered parts not yet hydrated
// (their code not yet here) and make React draw them afresh, dropping their HTML meanwhile.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { i18n as I18n, TFunction } from 'i18next';
import { FALLBACK_LANGUAGE } from '../../shared/i18n/languages';
import { DEFAULT_NAMESPACE } from '../../shared/i18n/namespaces';
import { earlyTranslator } from './early-text';
import { loadedI18next, whenI18nextLoaded } from './i18next-loader';

export interface Text {
  readonly t: TFunction;
  /** The language the text is in. */
  readonly language: string;
  /** The i18next instance; null while the early text stands in for it. */
  readonly i18n: I18n | null;
}

interface TextStore {
  /** The text as first rendered (what a prerendered page is hydrated with). */
  readonly initial: Text;
  readonly current: () => Text;
  readonly subscribe: (listener: () => void) => () => void;
  /** Follows i18next (its arrival, a language change, text added); returns the disconnect. */
  readonly connect: () => () => void;
}

const TextContext = createContext<TextStore | null>(null);

export function useText(): Text {
  const store = useContext(TextContext);
  if (!store) throw new Error('useText() outside <TextProvider>');
  return useSyncExternalStore(store.subscribe, store.current, () => store.initial);
}

/** The fallback language's early text, until i18next is there. */
function earlyText(): Text {
  const t = earlyTranslator(FALLBACK_LANGUAGE);
  if (!t) throw new Error(`the early text of ${FALLBACK_LANGUAGE} is not bundled`);
  return { t, language: FALLBACK_LANGUAGE, i18n: null };
}

/** A new t each time, as react-i18next gives after a change, so what uses it is drawn again. */
const fromI18next = (i18n: I18n): Text => ({ t: i18n.getFixedT(null, DEFAULT_NAMESPACE), language: i18n.language, i18n });

function textStore(given: I18n | null): TextStore {
  const initial = given ? fromI18next(given) : earlyText();
  let text = initial;
  const listeners = new Set<() => void>();
  const show = (next: Text) => {
    text = next;
    for (const listener of listeners) listener();
  };
  const follow = (i18n: I18n) => {
    const changed = () => show(fromI18next(i18n));
    i18n.on('languageChanged', changed);
    i18n.store.on('added', changed);
    return () => {
      i18n.off('languageChanged', changed);
      i18n.store.off('added', changed);
    };
  };
  return {
    initial,
    current: () => text,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect: () => {
      if (given) return follow(given);
      let unfollow = () => {};
      let stopWaiting = () => {};
      // Once: the page has one instance (tests may make more; the first to arrive is followed).
      const arrived = (i18n: I18n) => {
        stopWaiting();
        unfollow = follow(i18n);
        show(fromI18next(i18n));
      };
      const there = loadedI18next();
      if (there) arrived(there);
      else stopWaiting = whenI18nextLoaded(arrived);
      return () => {
        stopWaiting();
        unfollow();
      };
    },
  };
}

/**
 * `i18n`: the instance to use from the start. Without one (the hydrated prerendered screen), the early
 * text first, then i18next once it is there.
 */
export function TextProvider({ i18n = null, children }: { i18n?: I18n | null; children: ReactNode }) {
  const [store] = useState(() => textStore(i18n));
  useEffect(() => store.connect(), [store]);
  return <TextContext.Provider value={store}>{children}</TextContext.Provider>;
}
