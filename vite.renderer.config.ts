// The renderer: built into out/renderer, served by app:// in Electron and by `vite preview` in a browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, createServer, defineConfig, type Plugin, type Rolldown } from 'vite';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from './shared/security/csp.ts';
import { commonSplit } from './scripts/common-split-plugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string; productName: string };

/** Puts the CSP into the built index.html. Not in dev: the dev server needs inline scripts. */
function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Fetches the regular and bold Latin faces of the app font while the main script is still loading, so
 * the first screen's text is not drawn twice (fallback, then swap). Its text needs no preload: the
 * fallback language's early text is bundled with the main script (renderer/src/early-text.ts).
 */
function preloadFirstScreen(): Plugin {
  const font = /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/;
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.values(context.bundle ?? {}).flatMap((file) => {
          const href = `./${file.fileName}`;
          if (file.type === 'asset' && font.test(file.fileName)) {
            return [{ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href }, injectTo: 'head' as const }];
          }
          return [];
        }),
    },
  };
}

/**
 * Puts the first screen, rendered by React at build time (renderer/src/prerender.tsx), into the built
 * index.html: the person sees it before any script runs, and the page hydrates it.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        // A dev server used only to load the renderer's modules in Node, with this same config.
        const server = await createServer({
          configFile: fileURLToPath(import.meta.url),
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderFirstScreen } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstScreen: () => Promise<string> };
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error(`index.html has no ${root}`);
          return html.replace(root, `<div id="root">${await renderFirstScreen()}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Builds renderer/early (presses on the prerendered screen, held until the app is live) into one classic
 * script, last in <head>: it must run before the screen is drawn, long before the app's own code, but
 * after the tags that start the app's own fetches, which would otherwise wait for it.
 */
function holdEarlyClicksScript(): Plugin {
  const fileName = 'hold-early-clicks.js';
  return {
    name: 'hold-early-clicks',
    apply: 'build',
    async generateBundle() {
      const built = (await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          target: 'chrome130',
          reportCompressedSize: false,
          rollupOptions: {
            input: fileURLToPath(new URL('./renderer/early/main.ts', import.meta.url)),
            output: { format: 'iife', entryFileNames: fileName },
          },
        },
      })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
      const chunk = (Array.isArray(built) ? built[0] : built)?.output.find((file) => file.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error(`${fileName} was not built`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
    // 'post' and listed after preloadFirstScreen: its tags come before this one.
    transformIndexHtml: { order: 'post', handler: () => [{ tag: 'script', attrs: { src: `./${fileName}` }, injectTo: 'head' }] },
  };
}

/**
 * Everything the entry imports statically goes into one chunk beside it (named 'index', as the entry).
 * Left to itself the bundler gives each module the entry shares with a part loaded apart a small chunk
 * of its own: five more requests before the first screen, and a measurable part of its time
 * (bench/run.mjs, issue 20). The modules are found after the build has read them all, before it makes
 * the chunks.
 */
function firstScreenTogether(): { plugin: Plugin; group: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'first-screen-together',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const visit = (id: string) => {
        if (modules.has(id)) return;
        modules.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      for (const entry of entries) for (const next of this.getModuleInfo(entry)?.importedIds ?? []) visit(next);
    },
  };
  // Stylesheets stay with the entry (one stylesheet, named as before).
  return { plugin, group: (id) => modules.has(id) && !/\.css($|\?)/.test(id) };
}
const firstScreen = firstScreenTogether();

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), commonSplit(), firstScreen.plugin, cspMetaTag(), preloadFirstScreen(), holdEarlyClicksScript(), prerenderFirstScreen()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __APP_NAME__: JSON.stringify(pkg.productName),
  },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Fonts and images stay files under the app's origin (no data: URLs to allow in the CSP).
    assetsInlineLimit: 0,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', test: firstScreen.group }] } } },
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
});
