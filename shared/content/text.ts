// Text references. Code never holds a sentence: it holds keys into locales/<lang>/<namespace>.json.
// A key is written "namespace:path.to.text" (i18next's own namespace separator). When `child` is
// set, the locale files also hold "path.to.text_child", the wording for a parent or carer reading
// about their child (i18next context "child"); without it the text reads the same for both.

export const PERSPECTIVES = ['self', 'child'] as const;
/** Who the walkthrough is about: the reader ("you") or the reader's child ("your child"). */
export type Perspective = (typeof PERSPECTIVES)[number];

/** The content namespaces this module owns (registered in shared/i18n/resources.ts). */
export const CONTENT_NAMESPACES = ['questions', 'learn', 'engine', 'sheet', 'references', 'about', 'crisis'] as const;
export type ContentNamespace = (typeof CONTENT_NAMESPACES)[number];

export type TextKey = `${ContentNamespace}:${string}`;

export interface TextRef {
  readonly key: TextKey;
  /** The locale files hold a `_child` form of this text too. */
  readonly child?: true;
}

/** A text that reads the same for a reader and for a parent. */
export function text(key: TextKey): TextRef {
  return { key };
}

/** A text with a second form for a parent reading about their child. */
export function perspectiveText(key: TextKey): TextRef {
  return { key, child: true };
}

/** The i18next context to pass with this text for this reader (undefined: the default form). */
export function contextFor(ref: TextRef, perspective: Perspective): 'child' | undefined {
  return ref.child && perspective === 'child' ? 'child' : undefined;
}

/** The exact key to look up, with the `_child` suffix applied where the text has a child form. */
export function keyFor(ref: TextRef, perspective: Perspective): TextKey {
  return contextFor(ref, perspective) ? (`${ref.key}_child` as TextKey) : ref.key;
}
