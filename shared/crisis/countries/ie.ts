import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1d [seen]
export const IE: CountryCrisisList = {
  region: 'IE',
  name: text('crisis:countries.IE'),
  place: 'emergency-department',
  lines: [
    line('ie-112', { number: '112 / 999', kind: 'emergency', hours: ALWAYS, sourceId: 'ie-hse' }),
    line('samaritans', { number: '116 123', kind: 'crisis-line', hours: ALWAYS, sourceId: 'ie-samaritans' }),
  ],
};
