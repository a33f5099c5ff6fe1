// Build time only (vite.renderer.config.ts, prerenderFirstScreen): the first screen as static HTML for
// index.html, so it is there before any script runs. The page hydrates it (./main.tsx). Parts loaded
// apart (settings, data actions, Read aloud) are awaited, so the HTML is complete and holds no script.
import { prerender } from 'react-dom/static';
import type { DecisionAidApi } from '../../shared/bridge/contract';
import { loadFirstScreenParts } from './App';
import { FirstScreen, PRERENDERED } from './first-screen';
import { initI18n } from './i18n';

/** Nothing reaches the host while prerendering: the app calls it only from effects, which do not run. */
const noHost = new Proxy({} as DecisionAidApi, {
  get: (_target, method) => () => Promise.reject(new Error(`no host at build time (${String(method)})`)),
});

export async function renderFirstScreen(): Promise<string> {
  // i18next itself, as the page has it once the parts are hydrated (the page hydrates the rest with the
  // bundled early text, the same words: early-text.ts).
  const i18n = await initI18n(PRERENDERED.preferences.language);
  // The parts loaded apart fetch their code only when asked (App.tsx).
  await loadFirstScreenParts();
  const { prelude } = await prerender(<FirstScreen {...PRERENDERED} bridge={noHost} i18n={i18n} />);
  const html = await new Response(prelude).text();
  // The CSP allows no inline script: a Suspense boundary left pending would have needed one.
  if (/<script/i.test(html)) throw new Error('the prerendered first screen holds a script');
  return html;
}
