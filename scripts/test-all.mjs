// `npm test`: every check, in order, stopping at the first that fails — type check, lint, unit and
// component tests, the production build, Chromium tests of that build, and Electron tests (which
// say in one line why they were skipped when no Electron binary exists). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  ['type check', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['unit and component tests', `npx vitest run --reporter=default --reporter=json --outputFile.json=${reports}/unit.json`],
  ['build', 'npm run build'],
  ['Chromium tests', 'npm run test:browser'],
  ['Electron tests', 'npm run test:electron'],
];

/** The tests that failed first and passed when run again (CI retries once: playwright.config.ts). */
function flakyTests(suites, found = []) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) if (test.status === 'flaky') found.push(`${spec.file}: ${spec.title}`);
    flakyTests(suite.suites, found);
  }
  return found;
}

function counts() {
  const total = { passed: 0, failed: 0, skipped: 0, flaky: [] };
  const unit = `${reports}/unit.json`;
  if (existsSync(unit)) {
    const r = JSON.parse(readFileSync(unit, 'utf8'));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
  }
  for (const name of ['browser', 'electron']) {
    const file = `${reports}/${name}.json`;
    if (!existsSync(file)) continue;
    const { stats, suites } = JSON.parse(readFileSync(file, 'utf8'));
    total.passed += stats.expected + stats.flaky;
    total.flaky.push(...flakyTests(suites));
    total.failed += stats.unexpected;
    total.skipped += stats.skipped;
  }
  return total;
}

const started = Date.now();
let failedStep = null;
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const { passed, failed, skipped, flaky } = counts();
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failedStep ? `✗ ${failedStep} failed` : '✓ all checks passed'} in ${seconds} s`);
console.log(`${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}${flaky.length ? `, ${flaky.length} flaky (failed once, passed when run again)` : ''}`);
for (const name of flaky) console.log(`  flaky: ${name}`);
process.exit(failedStep ? 1 : 0);
