// Facts about the content itself (IPDAS certification items): its version, when the evidence was
// last reviewed, and the text keys for the update policy, funding, authorship and review status.
// docs/content-governance.md explains how these change.
import { text, type TextRef } from './text';

/** Bump on any change to a medical statement, number, rule or source (see docs/content-governance.md). */
export const CONTENT_VERSION = '1.0.0';

/** The date the evidence behind the content was last reviewed (ISO 8601). */
export const EVIDENCE_REVIEWED_ON = '2026-11-24';

/** How often the evidence is re-checked, in months (stated in about:updatePolicy). */
export const REVIEW_INTERVAL_MONTHS = 12;

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
  readability: text('about:readability'),
} as const satisfies Record<string, TextRef>;

/** Values for the placeholders of META_TEXT.contentVersion and META_TEXT.reviewedOn. */
export function metaParams(): { version: string; date: string } {
  return { version: CONTENT_VERSION, date: EVIDENCE_REVIEWED_ON };
}
