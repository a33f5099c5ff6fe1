import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1e [seen-2°] and §1l [seen]
export const ES: CountryCrisisList = {
  region: 'ES',
  name: text('crisis:countries.ES'),
  place: 'emergency-department',
  lines: [
    line('eu-112', { number: '112', kind: 'emergency', hours: ALWAYS, sourceId: 'eu-112', named: false }),
    line('es-024', { number: '024', kind: 'crisis-line', hours: ALWAYS, sourceId: 'es-024' }),
  ],
};
