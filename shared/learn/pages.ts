// The Learn pages in walkthrough order. Kept apart from the content so the step list can be built
// without loading every statement.
export const LEARN_PAGE_IDS = [
  'about-adhd',
  'what-is-ldn',
  'how-it-might-work',
  'adhd-evidence',
  'other-conditions',
  'side-effects',
  'safety',
  'practicalities',
] as const;
export type LearnPageId = (typeof LEARN_PAGE_IDS)[number];
