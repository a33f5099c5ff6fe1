// The translation namespaces (one JSON file each per language in locales/<lang>/). Apart from the
// bundled resources so the renderer can name them without pulling every language into its first chunk.
export const NAMESPACES = ['common', 'menu', 'questions', 'learn', 'engine', 'sheet', 'references', 'about', 'crisis'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'common';
/** What the first screen needs; everything else loads after it. */
export const CORE_NAMESPACES: readonly Namespace[] = ['common'];
