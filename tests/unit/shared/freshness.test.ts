// Issue 17 §12: once the running date is past the next review due date, the welcome screen and the
// sheet say when the evidence was last checked. The decision is a pure function of today's date.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_REVIEWED_ON, evidenceIsOverdue, nextReviewDue } from '../../../shared/content/meta';
import { buildSheetModel } from '../../../shared/sheet/model';
import { emptyAnswers } from '../../../shared/answers/empty';

// Local calendar days: the person's own date is what counts, not the date in UTC.
const day = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
};

describe('evidenceIsOverdue', () => {
  it('is not overdue on the day of the review or on the day the next one is due', () => {
    expect(evidenceIsOverdue(day('2026-12-02'), '2026-12-02')).toBe(false);
    expect(evidenceIsOverdue(day('2027-12-02'), '2026-12-02')).toBe(false);
  });
  it('is overdue from the day after the next review was due', () => {
    expect(evidenceIsOverdue(day('2027-12-03'), '2026-12-02')).toBe(true);
    expect(evidenceIsOverdue(day('2029-01-01'), '2026-12-02')).toBe(true);
  });
  it('counts the last minute of the due day as the due day, and the first of the next as late', () => {
    expect(evidenceIsOverdue(new Date(2027, 11, 2, 23, 59), '2026-12-02')).toBe(false);
    expect(evidenceIsOverdue(new Date(2027, 11, 3, 0, 0), '2026-12-02')).toBe(true);
  });
  it('uses the content review date and interval by default', () => {
    expect(evidenceIsOverdue(day(nextReviewDue()))).toBe(false);
    expect(evidenceIsOverdue(day(EVIDENCE_REVIEWED_ON))).toBe(false);
    const after = day(nextReviewDue());
    after.setDate(after.getDate() + 1);
    expect(evidenceIsOverdue(after)).toBe(true);
  });
  it('says nothing when a date cannot be read (a broken clock should not worry anyone)', () => {
    expect(evidenceIsOverdue(new Date(Number.NaN), '2026-12-02')).toBe(false);
    expect(evidenceIsOverdue(day('2030-01-01'), 'not a date')).toBe(false);
    expect(evidenceIsOverdue(day('2030-01-01'), '2026-13-45')).toBe(false);
  });
});

describe('sheet footer freshness note', () => {
  const late = day('2028-06-01');
  it('is in the footer, with the review date, once the review is overdue', () => {
    const footer = buildSheetModel(emptyAnswers('self'), { country: null, today: late }).footer;
    expect(footer.overdueNote).toEqual({ text: { key: 'sheet:footer.reviewOverdue' }, reviewedOn: EVIDENCE_REVIEWED_ON });
  });
  it('is not there before the review is due, nor when no date is given', () => {
    expect(buildSheetModel(emptyAnswers('self'), { country: null, today: day(EVIDENCE_REVIEWED_ON) }).footer.overdueNote).toBeNull();
    expect(buildSheetModel(emptyAnswers('self')).footer.overdueNote).toBeNull();
  });
});
