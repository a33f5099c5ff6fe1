// Turns a content TextRef into the sentence for this reader: the `_child` form when the
// walkthrough is about a child and the text has one.
import { useCallback } from 'react';
import { useText } from '../text-context';
import { keyFor, type Perspective, type TextRef } from '../../../shared/content/text';
import type { Language } from '../../../shared/i18n/languages';

export type ContentText = (ref: TextRef, params?: Record<string, string | number>) => string;

/** Text in the app's language, or in a given one (the sheet can be printed in another language). */
export function useContentText(perspective: Perspective, language?: Language): ContentText {
  const { t, i18n } = useText();
  return useCallback(
    (ref, params) => {
      // Content keys are data ("questions:age.label"), checked against the locale files by tests. Content
      // is shown only by screens loaded apart, after i18next (App.tsx), so `i18n` is there for another language.
      const fixed = language && i18n && language !== i18n.language ? i18n.getFixedT(language) : t;
      const translate = fixed as unknown as (key: string, options?: Record<string, unknown>) => string;
      return translate(keyFor(ref, perspective), params);
    },
    [t, i18n, perspective, language],
  );
}
