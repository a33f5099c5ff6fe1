// The crisis numbers: every listed region has them, each with its hours and a source; they are
// re-checked in time; and numbers the evidence file marks as unconfirmed never appear.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_REVIEWED_ON } from '../../../shared/content/meta';
import { CRISIS_CHECKED_ON, CRISIS_LISTS, CRISIS_SOURCES } from '../../../shared/crisis';
import { CRISIS_REGIONS } from '../../../shared/crisis/types';
import { resources } from '../../../shared/i18n/resources';

describe('crisis numbers', () => {
  it('were checked no more than 12 months before the content review date', () => {
    const checked = new Date(`${CRISIS_CHECKED_ON}T00:00:00Z`);
    const limit = new Date(`${EVIDENCE_REVIEWED_ON}T00:00:00Z`);
    limit.setUTCMonth(limit.getUTCMonth() - 12);
    expect(checked.getTime()).toBeGreaterThanOrEqual(limit.getTime());
  });

  it('cover the 11 countries and the EU the issue names', () => {
    expect([...CRISIS_REGIONS].sort()).toEqual(['AR', 'AU', 'CA', 'CL', 'CO', 'ES', 'EU', 'GB', 'IE', 'MX', 'PE', 'US']);
  });

  it.each(CRISIS_REGIONS)('%s: an emergency number first, every line with hours and a known source', (region) => {
    const list = CRISIS_LISTS[region];
    expect(list.region).toBe(region);
    expect(list.lines[0]?.kind).toBe('emergency');
    for (const line of list.lines) {
      expect(line.number).toMatch(/^[*\d][\d /()-]*$/);
      expect(CRISIS_SOURCES[line.sourceId]).toBeDefined();
      if (line.hours.kind === 'daily') expect(line.hours.from).toMatch(/^\d\d:\d\d$/);
    }
  });

  it('says a line is not 24 hours when its source says so (Argentina\'s 135: 08:00 to 24:00)', () => {
    const line = CRISIS_LISTS.AR.lines.find((l) => l.number === '135');
    expect(line?.hours).toEqual({ kind: 'daily', from: '08:00', to: '24:00' });
  });

  it('never prints a number the evidence file could not confirm', () => {
    const everything = JSON.stringify([CRISIS_LISTS, resources]);
    // crisis-and-label-facts.md §1g: "0800 345 1435: in no source found [memory]; do not print".
    expect(everything).not.toContain('345 1435');
  });
});
