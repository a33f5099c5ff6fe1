// The main process and the preload, each bundled into one CommonJS file under out/electron.
// The preload must be a single file: a sandboxed preload cannot load ESM or other local files.
import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';

type ElectronEntry = 'main' | 'preload';

// `vite build -c vite.electron.config.ts --mode main|preload` picks the entry.
function electronConfig(entry: ElectronEntry): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir: 'out/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: `electron/${entry}.ts`,
        formats: ['cjs'],
        fileName: () => `${entry}.cjs`,
      },
      rolldownOptions: {
        external: ['electron', /^electron\/.+/, ...builtinModules, /^node:/],
        output: { codeSplitting: false },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode !== 'main' && mode !== 'preload') throw new Error(`vite.electron.config.ts: --mode must be main or preload, not ${mode}`);
  return electronConfig(mode);
});
