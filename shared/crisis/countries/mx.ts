import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1f [seen-2°]
export const MX: CountryCrisisList = {
  region: 'MX',
  name: text('crisis:countries.MX'),
  place: 'emergency-department',
  lines: [
    line('mx-911', { number: '911', kind: 'emergency', hours: ALWAYS, sourceId: 'mx-911', named: false }),
    line('mx-linea-vida', { number: '800 911 2000', kind: 'crisis-line', hours: ALWAYS, sourceId: 'mx-linea-vida' }),
  ],
};
