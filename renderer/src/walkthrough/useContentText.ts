// Turns a content TextRef into the sentence for this reader: the `_child` form when the
// walkthrough is about a child and the text has one.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { keyFor, type Perspective, type TextRef } from '../../../shared/content/text';

export type ContentText = (ref: TextRef, params?: Record<string, string | number>) => string;

export function useContentText(perspective: Perspective): ContentText {
  const { t } = useTranslation();
  return useCallback(
    (ref, params) => {
      // Content keys are data ("questions:age.label"), checked against the locale files by tests.
      const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
      return translate(keyFor(ref, perspective), params);
    },
    [t, perspective],
  );
}
