import { text } from '../../content/text';
import { ALWAYS, line } from '../line';
import type { CountryCrisisList } from '../types';

// crisis-and-label-facts.md §1c [seen]. NHS 111's mental health option is checked for England only.
export const GB: CountryCrisisList = {
  region: 'GB',
  name: text('crisis:countries.GB'),
  place: 'a-and-e',
  lines: [
    line('gb-999', { number: '999', kind: 'emergency', hours: ALWAYS, sourceId: 'uk-nhs', named: false }),
    line('gb-111', { number: '111', kind: 'crisis-line', hours: ALWAYS, sourceId: 'uk-111', area: 'england' }),
    line('samaritans', { number: '116 123', kind: 'crisis-line', hours: ALWAYS, sourceId: 'samaritans' }),
  ],
};
