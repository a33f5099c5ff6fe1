// `npm run test:electron` may skip the real-Electron tests only where they are allowed to be missing:
// with REQUIRE_ELECTRON=1 (set by the GitHub workflow on every system) a missing binary is a failure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

function run(env: Record<string, string>) {
  // A folder with no Electron in it: the script finds no binary.
  const result = spawnSync(process.execPath, ['scripts/test-electron.mjs'], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron', REQUIRE_ELECTRON: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/test-electron.mjs without an Electron binary', () => {
  it('skips with one line saying why, by default', () => {
    const { status, output } = run({});
    expect(status).toBe(0);
    expect(output).toMatch(/skipped/);
  });

  it('fails when REQUIRE_ELECTRON=1', () => {
    const { status, output } = run({ REQUIRE_ELECTRON: '1' });
    expect(status).toBe(1);
    expect(output).toMatch(/REQUIRE_ELECTRON/);
  });
});

describe('the GitHub workflow', () => {
  const workflow = load(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
    jobs: Record<string, { env?: Record<string, unknown>; strategy?: { matrix?: { os?: string[] } }; steps: { run?: string; env?: Record<string, unknown> }[] }>;
  };

  it('requires the real-Electron tests on all three systems', () => {
    const test = workflow.jobs['test'];
    expect(test?.strategy?.matrix?.os).toEqual(expect.arrayContaining(['ubuntu-latest', 'windows-latest', 'macos-latest']));
    const npmTest = test?.steps.find((s) => s.run === 'npm test');
    expect({ ...test?.env, ...npmTest?.env }).toMatchObject({ REQUIRE_ELECTRON: '1' });
  });

  it('runs the packaged app in self-test mode and reads its fuses back, on every system', () => {
    const release = workflow.jobs['release'];
    const runs = release?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(runs).toContain('node scripts/verify-package.mjs');
    expect(release?.strategy?.matrix?.os).toEqual(expect.arrayContaining(['ubuntu-latest', 'windows-latest', 'macos-latest']));
  });
});
