import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1a [seen]
export const US: CountryCrisisList = {
  region: 'US',
  name: text('crisis:countries.US'),
  place: 'emergency-room',
  lines: [
    line('us-911', { number: '911', kind: 'emergency', hours: ALWAYS, sourceId: 'us-988', named: false }),
    line('us-988', { number: '988', kind: 'crisis-line', hours: ALWAYS, sourceId: 'us-988' }),
  ],
};
