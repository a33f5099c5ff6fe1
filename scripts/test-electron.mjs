// Runs the Playwright tests that drive the real Electron app, when an Electron binary exists.
// Without one (as on this project's offline machines) it says so in one line and succeeds, unless
// REQUIRE_ELECTRON=1 (the GitHub workflow sets it on every system): then a missing binary fails,
// so the real-Electron checks can never silently vanish.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';

const { binary, reason } = findElectronBinary();
if (!binary) {
  if (process.env.REQUIRE_ELECTRON === '1') {
    console.error(`Electron e2e: FAILED — REQUIRE_ELECTRON=1 but ${reason}.`);
    process.exit(1);
  }
  console.log(`Electron e2e: skipped — ${reason}.`);
  process.exit(0);
}
if (!existsSync('out/electron/main.cjs')) {
  console.error('Electron e2e: build the app first (npm run build).');
  process.exit(1);
}
const command = ['npx', 'playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)];
// Linux without a display (CI) needs a virtual one.
const wrapped = process.platform === 'linux' && !process.env.DISPLAY ? ['xvfb-run', '--auto-servernum', ...command] : command;
const result = spawnSync(wrapped[0], wrapped.slice(1), { stdio: 'inherit', env: { ...process.env, ELECTRON_BINARY: binary }, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
