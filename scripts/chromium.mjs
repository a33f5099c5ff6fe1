// One place that decides which Chromium the tests and scripts use: Debian's /usr/bin/chromium when
// it exists (this project's machines cannot download Playwright's own browser), otherwise
// Playwright's bundled one (for example on GitHub's runners after `npx playwright install`).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumLaunchOptions() {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', ...args] };
  }
  return { args };
}
