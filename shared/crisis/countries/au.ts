import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1k [seen]
export const AU: CountryCrisisList = {
  region: 'AU',
  name: text('crisis:countries.AU'),
  place: 'emergency-department',
  lines: [
    line('au-000', { number: '000', kind: 'emergency', hours: ALWAYS, sourceId: 'au-000', named: false }),
    line('au-lifeline', { number: '13 11 14', kind: 'crisis-line', hours: ALWAYS, sourceId: 'au-lifeline' }),
  ],
};
