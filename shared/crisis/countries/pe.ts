import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1j [seen-2°]. SAMU 106 is confirmed for Lima Metropolitana only.
export const PE: CountryCrisisList = {
  region: 'PE',
  name: text('crisis:countries.PE'),
  place: 'emergency-department',
  lines: [
    line('pe-106', { number: '106', kind: 'emergency', hours: ALWAYS, sourceId: 'pe-106', area: 'lima' }),
    line('pe-113', { number: '113', kind: 'crisis-line', hours: ALWAYS, sourceId: 'pe-113' }),
  ],
};
