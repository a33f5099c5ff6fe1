// Watches a page for what the app must never do: reach outside its own origin, or log an error
// (a CSP violation, a failed asset or an uncaught exception shows up there).
import type { Page } from '@playwright/test';

export interface PageGuard {
  foreignRequests: string[];
  errors: string[];
}

export function guardPage(page: Page, origin: string): PageGuard {
  const guard: PageGuard = { foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) guard.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') guard.errors.push(message.text());
  });
  page.on('pageerror', (error) => guard.errors.push(error.message));
  return guard;
}
