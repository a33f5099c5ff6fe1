// Crisis and emergency numbers: what each one is, when it answers, and where its facts come from.
// One data file per country in ./countries; text lives in locales/<lang>/crisis.json.
import type { TextRef } from '../content/text';
import type { CrisisSourceId } from './sources';

/** ISO 3166 codes of the countries with a list, and "EU" for 112 anywhere in the European Union. */
export const CRISIS_REGIONS = ['US', 'CA', 'GB', 'IE', 'ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'AU', 'EU'] as const;
export type CrisisRegion = (typeof CRISIS_REGIONS)[number];

/** What a hospital's emergency department is called there (the words differ: ER, A&E, urgencias). */
export type EmergencyPlace = 'emergency-room' | 'a-and-e' | 'emergency-department';

export type Hours = { readonly kind: 'always' } | { readonly kind: 'daily'; readonly from: string; readonly to: string };

export interface CrisisLine {
  /** As it is dialled or texted, with the spacing people see on the service's own pages. */
  readonly number: string;
  /** Emergency services, or a line for people in crisis. Emergency numbers are listed first. */
  readonly kind: 'emergency' | 'crisis-line';
  /** The service's name; null when it is known by its number alone ("911"). */
  readonly name: TextRef | null;
  /** What the number is for, and how to reach it (call, text), in plain words. */
  readonly what: TextRef;
  readonly hours: Hours;
  /** Where it works when not nationwide (null: the whole country). */
  readonly area: TextRef | null;
  readonly sourceId: CrisisSourceId;
}

export interface CountryCrisisList {
  readonly region: CrisisRegion;
  readonly name: TextRef;
  readonly place: EmergencyPlace;
  readonly lines: readonly CrisisLine[];
}
