// The walkthrough's screens as one typed union, their order (built from the questionnaire and
// Learn models), and the groups the progress indicator shows. A step is saved (to resume) by its
// key: "welcome", "section:opioids", "learn:side-effects"…; the key is only a storage format.
import type { AnswersDocument } from '../../../shared/answers/types';
import { LEARN_PAGE_IDS, type LearnPageId } from '../../../shared/learn/pages';
import type { SectionId } from '../../../shared/questionnaire/model';
import { visibleSections } from '../../../shared/questionnaire/visibility';

export type Step =
  | { readonly kind: 'welcome' }
  | { readonly kind: 'section'; readonly section: SectionId }
  | { readonly kind: 'learn'; readonly page: LearnPageId }
  | { readonly kind: 'options' }
  | { readonly kind: 'review' }
  /** "What your answers mean": every flag, explained, between the review and the sheet. */
  | { readonly kind: 'meaning' }
  | { readonly kind: 'sheet' };

export type StepKind = Step['kind'];

export const GROUP_IDS = ['welcome', 'about', 'history', 'opioids', 'health', 'learn', 'values', 'knowledge', 'stance', 'review', 'meaning', 'sheet'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

const BEFORE_LEARN: readonly SectionId[] = ['about', 'history', 'opioids', 'health'];
const AFTER_LEARN: readonly SectionId[] = ['values', 'knowledge', 'stance'];

export const WELCOME: Step = { kind: 'welcome' };

/** Every screen in order, for these answers (a section with no question to show is skipped). */
export function stepsFor(doc: Pick<AnswersDocument, 'perspective' | 'answers'>): Step[] {
  const shown = new Set(visibleSections(doc).map((s) => s.section.id));
  const sections = (ids: readonly SectionId[]): Step[] => ids.filter((id) => shown.has(id)).map((section) => ({ kind: 'section', section }));
  return [
    WELCOME,
    ...sections(BEFORE_LEARN),
    ...LEARN_PAGE_IDS.map((page): Step => ({ kind: 'learn', page })),
    { kind: 'options' },
    ...sections(AFTER_LEARN),
    { kind: 'review' },
    { kind: 'meaning' },
    { kind: 'sheet' },
  ];
}

/** The step's saved form (and a stable React key). */
export function stepKey(step: Step): string {
  switch (step.kind) {
    case 'section':
      return `section:${step.section}`;
    case 'learn':
      return `learn:${step.page}`;
    default:
      return step.kind;
  }
}

/** The step a saved key names, if it is one of these steps. */
export function stepFromKey(key: string, steps: readonly Step[]): Step | null {
  return steps.find((s) => stepKey(s) === key) ?? null;
}

export function sameStep(a: Step, b: Step): boolean {
  return stepKey(a) === stepKey(b);
}

export function indexOfStep(steps: readonly Step[], step: Step): number {
  return steps.findIndex((s) => sameStep(s, step));
}

export function groupOf(step: Step): GroupId {
  switch (step.kind) {
    case 'section':
      return step.section;
    case 'learn':
    case 'options':
      return 'learn';
    default:
      return step.kind;
  }
}
