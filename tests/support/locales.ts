// The locale files read from disk, for Playwright tests (which cannot import JSON modules the way
// the bundlers do).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LocaleTree } from '../../shared/i18n/locale-parity';

export function loadLocale(language: string): Record<string, LocaleTree> {
  const dir = path.join('locales', language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [path.basename(f, '.json'), JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LocaleTree]),
  );
}
