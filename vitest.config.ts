// Unit and component tests. Pure code (shared/, electron logic, configs) runs under Node;
// React components run in happy-dom. Electron itself is never loaded: tests that touch a module
// importing 'electron' mock it with a factory.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { commonSplit } from './scripts/common-split-plugin.ts';

export default defineConfig({
  // The renderer's common.json in two parts, as in its build (renderer/src/i18n.ts).
  plugins: [react(), commonSplit()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test'), __APP_NAME__: JSON.stringify('Test') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/unit/**/*.test.tsx'] },
      },
    ],
  },
});
