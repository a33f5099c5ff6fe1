// Facts about the content itself (IPDAS certification items): its version, when the evidence was
// last reviewed, and the text keys for the update policy, funding, authorship and review status.
// docs/content-governance.md explains how these change.
import { text, type TextRef } from './text';

/** Bump on any change to a medical statement, number, rule or source (see docs/content-governance.md). */
export const CONTENT_VERSION = '3.5.0';

/** The date the evidence behind the content was last reviewed (ISO 8601). */
export const EVIDENCE_REVIEWED_ON = '2026-12-02';

/** The date this content version was published (ISO 8601). */
export const CONTENT_PUBLISHED_ON = '2026-12-06';

/** How often the evidence is re-checked, in months (stated in about:updatePolicy). */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The date the next evidence review is due: the last review plus the interval (ISO 8601). */
export function nextReviewDue(reviewedOn: string = EVIDENCE_REVIEWED_ON, months: number = REVIEW_INTERVAL_MONTHS): string {
  const [y = 0, m = 1, d = 1] = reviewedOn.split('-').map(Number);
  const due = new Date(Date.UTC(y, m - 1 + months, d));
  return due.toISOString().slice(0, 10);
}

/**
 * Whether the evidence is past its review: `today` (the person's own calendar day) is after the
 * next review due date. The due day itself is not late. A date that cannot be read gives false:
 * a broken clock should not tell anyone the content is old.
 */
export function evidenceIsOverdue(today: Date, reviewedOn: string = EVIDENCE_REVIEWED_ON, months: number = REVIEW_INTERVAL_MONTHS): boolean {
  if (Number.isNaN(today.getTime()) || !isCalendarDay(reviewedOn)) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  // ISO dates compare as strings.
  return day > nextReviewDue(reviewedOn, months);
}

/** A real YYYY-MM-DD day (not 2026-13-45). */
function isCalendarDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * Reading level of the learner-facing text, as measured by tests/unit/shared/content.test.ts (which
 * fails when these drift from the measurement): English as a US grade (Flesch-Kincaid, lower is
 * easier), Spanish on the INFLESZ scale (Szigriszt-Pazos, higher is easier; 65-80 "fairly easy").
 */
export const READING_LEVELS = { englishGrade: 5.5, spanishInflesz: 73 } as const;

export const META_TEXT = {
  decision: text('about:decision'),
  whoFor: text('about:whoFor'),
  notMedicalAdvice: text('about:notMedicalAdvice'),
  contentVersion: text('about:contentVersion'),
  reviewedOn: text('about:reviewedOn'),
  updatePolicy: text('about:updatePolicy'),
  funding: text('about:funding'),
  authorship: text('about:authorship'),
  reviewStatus: text('about:reviewStatus'),
  howSourcesChosen: text('about:howSourcesChosen'),
  howCertaintyWorks: text('about:howCertaintyWorks'),
  howWeFound: text('about:howWeFound'),
  readability: text('about:readability'),
  readingEnglish: text('about:readingEnglish'),
  readingSpanish: text('about:readingSpanish'),
} as const satisfies Record<string, TextRef>;

/** Values for the placeholders of META_TEXT.contentVersion, .reviewedOn and the reading levels. */
export function metaParams(): { version: string; date: string; grade: number; score: number } {
  return { version: CONTENT_VERSION, date: EVIDENCE_REVIEWED_ON, grade: READING_LEVELS.englishGrade, score: READING_LEVELS.spanishInflesz };
}
