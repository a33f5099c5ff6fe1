// Builds everything the app runs: the renderer, then the main process and the preload.
import { rm } from 'node:fs/promises';
import { build } from 'vite';

await rm('out', { recursive: true, force: true });
await build({ configFile: 'vite.renderer.config.ts', logLevel: 'warn' });
for (const mode of ['main', 'preload']) {
  await build({ configFile: 'vite.electron.config.ts', mode, logLevel: 'warn' });
}
console.log('build: out/renderer, out/electron/main.cjs, out/electron/preload.cjs');
