// Which crisis list fits a system region. Apart from the lists themselves, so that the preferences
// (in the first screen's code) can use it without loading every list.
import { CRISIS_REGIONS, type CrisisRegion } from './types';

/** EU member states without a list of their own: they get 112. */
const EU_MEMBERS = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'SE',
]);

export function isCrisisRegion(value: unknown): value is CrisisRegion {
  return typeof value === 'string' && (CRISIS_REGIONS as readonly string[]).includes(value);
}

/**
 * The list for a system region: an ISO 3166 code ("GB"; "UK" is taken as GB) or a locale tag with a
 * region ("es-MX"). Null when there is none: the person is then asked to pick.
 */
export function crisisRegionFor(regionOrLocale: string | null | undefined): CrisisRegion | null {
  if (!regionOrLocale) return null;
  const parts = regionOrLocale.replace(/_/g, '-').split('-');
  // Alone, "ES" is a country and "es" a language (Spanish, spoken in many countries): only the first counts.
  const raw = (parts.length === 1 ? parts.find((p) => /^[A-Z]{2}$/.test(p)) : parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p))) ?? '';
  const code = raw.toUpperCase() === 'UK' ? 'GB' : raw.toUpperCase();
  if (code !== 'EU' && isCrisisRegion(code)) return code;
  return EU_MEMBERS.has(code) ? 'EU' : null;
}
