import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1i [seen-2°]. *4141 is confirmed from mobile phones only.
export const CL: CountryCrisisList = {
  region: 'CL',
  name: text('crisis:countries.CL'),
  place: 'emergency-department',
  lines: [
    line('cl-131', { number: '131', kind: 'emergency', hours: ALWAYS, sourceId: 'cl-131' }),
    line('cl-4141', { number: '*4141', kind: 'crisis-line', hours: ALWAYS, sourceId: 'cl-4141' }),
  ],
};
