import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1g [seen-2°]. 135 is not a 24-hour line; 911 is not confirmed nationwide.
export const AR: CountryCrisisList = {
  region: 'AR',
  name: text('crisis:countries.AR'),
  place: 'emergency-department',
  lines: [
    line('ar-911', { number: '911', kind: 'emergency', hours: ALWAYS, sourceId: 'ar-911', area: 'ar-provinces', named: false }),
    line('ar-0800', { number: '0800 999 0091', kind: 'crisis-line', hours: ALWAYS, sourceId: 'ar-0800' }),
    line('ar-135', { number: '135', kind: 'crisis-line', hours: { kind: 'daily', from: '08:00', to: '24:00' }, sourceId: 'ar-135', area: 'ar-buenos-aires' }),
  ],
};
