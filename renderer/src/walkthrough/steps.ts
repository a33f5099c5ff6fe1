// The walkthrough's order of screens, built from the questionnaire and Learn models, and the
// groups the progress indicator shows.
import type { AnswersDocument } from '../../../shared/answers/types';
import { LEARN_PAGE_IDS, type LearnPageId } from '../../../shared/learn/pages';
import type { SectionId } from '../../../shared/questionnaire/model';
import { visibleSections } from '../../../shared/questionnaire/visibility';

export type StepId = 'welcome' | `section:${SectionId}` | `learn:${LearnPageId}` | 'options' | 'review' | 'sheet';

export const GROUP_IDS = ['welcome', 'about', 'history', 'opioids', 'health', 'learn', 'values', 'knowledge', 'stance', 'review', 'sheet'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

const BEFORE_LEARN: readonly SectionId[] = ['about', 'history', 'opioids', 'health'];
const AFTER_LEARN: readonly SectionId[] = ['values', 'knowledge', 'stance'];

/** Every screen in order, for these answers (a section with no question to show is skipped). */
export function stepsFor(doc: Pick<AnswersDocument, 'perspective' | 'answers'>): StepId[] {
  const shown = new Set(visibleSections(doc).map((s) => s.section.id));
  const sections = (ids: readonly SectionId[]) => ids.filter((id) => shown.has(id)).map((id) => `section:${id}` as const);
  return [
    'welcome',
    ...sections(BEFORE_LEARN),
    ...LEARN_PAGE_IDS.map((id) => `learn:${id}` as const),
    'options',
    ...sections(AFTER_LEARN),
    'review',
    'sheet',
  ];
}

export function groupOf(step: StepId): GroupId {
  if (step.startsWith('section:')) return step.slice('section:'.length) as SectionId;
  if (step.startsWith('learn:') || step === 'options') return 'learn';
  return step as 'welcome' | 'review' | 'sheet';
}

export function isStepId(value: string, steps: readonly StepId[]): value is StepId {
  return (steps as readonly string[]).includes(value);
}
