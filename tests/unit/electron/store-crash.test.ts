// Kills a process that is saving, at random moments, 100 times (CRASH_KILLS for more): whatever moment it dies, the file
// on disk is the last saved state or the one being saved, whole, never a mix and never empty.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { numberedCodec, type Numbered } from '../../faults/store-writer';

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
let work: string;
let writer: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'store-crash-'));
  // The writer runs in plain Node, so bundle it (with write-file-atomic) into one CommonJS file.
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: path.join(work, 'bin'),
      emptyOutDir: true,
      minify: false,
      lib: { entry: path.resolve('tests/faults/store-writer.ts'), formats: ['cjs'], fileName: () => 'writer.cjs' },
      rolldownOptions: { external: [...builtinModules, /^node:/], output: { codeSplitting: false } },
    },
  });
  writer = path.join(work, 'bin', 'writer.cjs');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function readState(file: string): Promise<Numbered | null | 'bad'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = numberedCodec.parse(JSON.parse(text));
    return parsed.ok ? parsed.value : 'bad';
  } catch {
    return 'bad';
  }
}

it(`survives ${KILLS} SIGKILLs mid-save with a whole file every time`, async () => {
  const dir = path.join(work, 'data');
  let acknowledged = -1;
  let everSaved = false;
  for (let kill = 0; kill < KILLS; kill += 1) {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const firstSave = new Promise((resolve) => child.stdout.once('data', resolve));
    // Die at a random moment: one time in five during start-up (while it reads the file), otherwise
    // once it is saving, between saves or in the middle of one.
    if (kill % 5 === 0) await sleep(Math.floor(Math.random() * 80));
    else await Promise.race([firstSave.then(() => sleep(Math.floor(Math.random() * 25))), sleep(5_000)]);
    child.kill('SIGKILL');
    await exited;
    const numbers = printed.split('\n').filter(Boolean).map(Number);
    if (numbers.length) {
      acknowledged = Math.max(acknowledged, ...numbers);
      everSaved = true;
    }

    const current = await readState(path.join(dir, 'answers.json'));
    expect(current, `after kill ${kill}`).not.toBe('bad');
    if (everSaved) {
      expect(current, `after kill ${kill}`).not.toBeNull();
      // The last acknowledged save, or the one that was being written when it died.
      expect([acknowledged, acknowledged + 1]).toContain((current as Numbered).n);
      acknowledged = (current as Numbered).n;
    }
    const previous = await readState(path.join(dir, 'answers.previous.json'));
    expect(previous, `previous copy after kill ${kill}`).not.toBe('bad');
  }
  // Most runs got far enough to save, so kills really landed between and during saves.
  expect(acknowledged).toBeGreaterThan(KILLS / 2);
}, 300_000);
