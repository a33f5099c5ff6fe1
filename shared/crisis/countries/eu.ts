import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1l [seen]: 112 anywhere in the EU, from any phone, free.
export const EU: CountryCrisisList = {
  region: 'EU',
  name: text('crisis:countries.EU'),
  place: 'emergency-department',
  lines: [line('eu-112', { number: '112', kind: 'emergency', hours: ALWAYS, sourceId: 'eu-112', named: false })],
};
