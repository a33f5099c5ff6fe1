// The crisis lists: which one a person sees (their system region, or the one they picked), and
// the date the numbers were last checked. A test fails when that date is more than 12 months older
// than the content's evidence review date.
import { perspectiveText, text, type TextRef } from '../content/text';
import { AR } from './countries/ar';
import { AU } from './countries/au';
import { CA } from './countries/ca';
import { CL } from './countries/cl';
import { CO } from './countries/co';
import { ES } from './countries/es';
import { EU } from './countries/eu';
import { GB } from './countries/gb';
import { IE } from './countries/ie';
import { MX } from './countries/mx';
import { PE } from './countries/pe';
import { US } from './countries/us';
import type { CountryCrisisList, CrisisRegion } from './types';

export { CRISIS_REGIONS, type CountryCrisisList, type CrisisLine, type CrisisRegion } from './types';
export { CRISIS_SOURCES, type CrisisSourceId } from './sources';
export { crisisRegionFor, isCrisisRegion } from './region';

/** When every number below was last checked against its source (ISO 8601). */
export const CRISIS_CHECKED_ON = '2026-12-02';

export const CRISIS_LISTS: Readonly<Record<CrisisRegion, CountryCrisisList>> = { US, CA, GB, IE, ES, MX, AR, CO, CL, PE, AU, EU };

/** "Emergency room", "A&E" or "urgencias": what the region calls a hospital's emergency department. */
export function emergencyPlace(region: CrisisRegion | null): TextRef {
  return text(`crisis:places.${region ? CRISIS_LISTS[region].place : 'emergency-department'}`);
}

/** The page's and the alert's fixed text. */
export const CRISIS_TEXT = {
  title: text('crisis:title'),
  intro: text('crisis:intro'),
  chooseRegion: text('crisis:chooseRegion'),
  noRegion: text('crisis:noRegion'),
  /** Under the urgent-help point on the sheet: the numbers, or what to do where there is no list. */
  numbersBelow: text('crisis:getHelpNow.numbersBelow'),
  noList: text('crisis:getHelpNow.noList'),
  selfHarmAlertBodyNoRegion: perspectiveText('crisis:alert.selfHarm.bodyNoRegion'),
  checkedOn: text('crisis:checkedOn'),
  always: text('crisis:hours.always'),
  daily: text('crisis:hours.daily'),
  source: text('crisis:source'),
  secondary: text('crisis:secondary'),
  selfHarmAlertTitle: perspectiveText('crisis:alert.selfHarm.title'),
  selfHarmAlertBody: perspectiveText('crisis:alert.selfHarm.body'),
  moodNote: perspectiveText('crisis:alert.mood'),
  openPage: text('crisis:alert.openPage'),
  emergency: text('crisis:kinds.emergency'),
  crisisLine: text('crisis:kinds.crisis-line'),
} as const satisfies Record<string, TextRef>;
