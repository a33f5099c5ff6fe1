// The `common` namespace in two parts (issue 20: the first screen's JavaScript). The locale files stay
// whole (the main process and the tests read them as they are); the renderer's build splits each
// language's common.json (vite.common-split.ts): the early part comes with the first screen, the late
// part is added to `common` before any screen that shows it renders (renderer/src/i18n.ts, LATE_TEXT).
// Keys and their names do not change. A new group is early until it is listed here.
import type { LocaleTree } from './locale-parity';

/** Top-level groups of common.json the first screen never shows (checked by tests/unit/renderer/common-split.test.tsx). */
export const LATE_COMMON_GROUPS: readonly string[] = [
  'meaning',
  'sheetStep',
  'sheetView',
  'review',
  'options',
  'evidence',
  'references',
  'about',
  'ownQuestions',
  // Shown on the first screen by its parts loaded apart (settings, data actions, Read aloud), which
  // wait for the late part themselves (useLateText) and are loaded with it (App's loadFirstScreenParts).
  // App itself shows settings.saveFailed and language.changed only after a change made in them.
  'settings',
  'language',
  'data',
  'readAloud',
  // Clinic mode only: the page then waits for the late part before its first render (main.tsx), and
  // the clinic's own parts wait for it too (ClinicBadge, ClinicApp).
  'clinic',
  // Read only by the main process (menus, dialogs, print, start-up and crash messages), from the JSON.
  'files',
  'print',
  'startup',
  'crash',
  'errors',
];

export type CommonPart = 'early' | 'late';

/**
 * One part of a language's common.json: whole top-level groups, every key in exactly one of the two.
 * Whole groups, so the parts can be added to `common` in either order (i18next merges a loaded
 * namespace into what is there one level deep).
 */
export function commonPart(tree: LocaleTree, part: CommonPart): LocaleTree {
  return Object.fromEntries(Object.entries(tree).filter(([group]) => LATE_COMMON_GROUPS.includes(group) === (part === 'late')));
}
