import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1h: 106 [seen], 123 for mental-health emergencies [seen-2°]; both Bogotá.
export const CO: CountryCrisisList = {
  region: 'CO',
  name: text('crisis:countries.CO'),
  place: 'emergency-department',
  lines: [
    line('co-123', { number: '123', kind: 'emergency', hours: ALWAYS, sourceId: 'co-123', area: 'bogota', named: false }),
    line('co-106', { number: '106', kind: 'crisis-line', hours: ALWAYS, sourceId: 'co-106', area: 'bogota' }),
  ],
};
