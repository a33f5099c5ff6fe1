/** An ISO date (YYYY-MM-DD) as the reader's language writes it, e.g. "2 December 2026". */
export function longDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
