// Paper size: Letter where Letter is the norm (the US, Canada and much of the Americas, the
// Philippines), A4 everywhere else. Chosen from the region, changeable by the person.

export const PAPER_SIZES = ['Letter', 'A4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PR', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'DO', 'VE', 'CO', 'CL', 'PH']);

/** From an ISO 3166 country code ("US") or a locale tag with a region ("es-MX", "en_CA"). */
export function paperSizeForRegion(regionOrLocale: string | null | undefined): PaperSize {
  if (!regionOrLocale) return 'A4';
  const parts = regionOrLocale.replace(/_/g, '-').split('-');
  const region = (parts.length === 1 ? parts[0] : parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p))) ?? '';
  return LETTER_REGIONS.has(region.toUpperCase()) ? 'Letter' : 'A4';
}

/** Page size in millimetres, for print CSS and tests. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  Letter: { width: 215.9, height: 279.4 },
  A4: { width: 210, height: 297 },
};
