import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1b [seen]
export const CA: CountryCrisisList = {
  region: 'CA',
  name: text('crisis:countries.CA'),
  place: 'emergency-room',
  lines: [
    line('ca-911', { number: '911', kind: 'emergency', hours: ALWAYS, sourceId: 'ca-911', named: false }),
    line('ca-988', { number: '9-8-8', kind: 'crisis-line', hours: ALWAYS, sourceId: 'ca-988' }),
  ],
};
