// The release job's last check of each packaged app (run after `npm run dist`, on each system):
// 1. reads the 8 fuses back from the packaged binary with @electron/fuses and compares them with
//    electron-builder.yml;
// 2. on macOS, compares the signed entitlements with build/entitlements.mac.plist, exactly;
// 3. launches the packaged app with --self-test (it walks every step and renders the sheet to a PDF
//    in a temporary folder) and requires exit code 0.
// Exits 1 on any problem.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { entitlementProblems, fuseWireProblems } from './package-checks.mjs';

const dist = process.argv[2] ?? 'dist';
const config = load(readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

/** The unpacked apps electron-builder left in dist/: { bundle (for fuses), executable, runnable }. */
function packagedApps() {
  const apps = [];
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(dist, entry.name);
    if (process.platform === 'darwin' && entry.name.startsWith('mac')) {
      const bundle = path.join(dir, `${pkg.productName}.app`);
      if (existsSync(bundle)) apps.push({ bundle, executable: path.join(bundle, 'Contents', 'MacOS', pkg.productName), arch: entry.name === 'mac' ? 'x64' : entry.name.slice(4) });
    } else if (entry.name.endsWith('-unpacked')) {
      const executable = process.platform === 'win32' ? path.join(dir, `${pkg.productName}.exe`) : path.join(dir, pkg.name);
      const arch = entry.name.includes('arm64') ? 'arm64' : 'x64';
      if (existsSync(executable)) apps.push({ bundle: executable, executable, arch });
    }
  }
  return apps;
}

const apps = packagedApps();
if (apps.length === 0) problems.push(`no packaged app found in ${dist}/`);

for (const app of apps) {
  console.log(`\n${app.bundle} (${app.arch})`);
  const wire = await getCurrentFuseWire(app.bundle);
  const fuseProblems = fuseWireProblems(wire, config.electronFuses);
  problems.push(...fuseProblems.map((p) => `${app.bundle}: ${p}`));
  console.log(fuseProblems.length === 0 ? '  fuses: all 8 as configured' : `  fuses: ${fuseProblems.join('; ')}`);

  if (process.platform === 'darwin') {
    const signed = spawnSync('codesign', ['-d', '--entitlements', '-', '--xml', app.bundle], { encoding: 'utf8' });
    const expected = readFileSync(config.mac.entitlements, 'utf8');
    if (signed.status === 0 && signed.stdout.includes('<plist')) {
      const entitlementIssues = entitlementProblems(signed.stdout, expected);
      problems.push(...entitlementIssues.map((p) => `${app.bundle}: ${p}`));
      console.log(entitlementIssues.length === 0 ? '  entitlements: exactly as build/entitlements.mac.plist' : `  entitlements: ${entitlementIssues.join('; ')}`);
    } else if (process.env.CSC_LINK) {
      problems.push(`${app.bundle}: signing was configured but the app carries no entitlements (${signed.stderr.trim()})`);
    } else {
      console.log('  entitlements: not signed (no signing secrets in this run), nothing to compare');
    }
  }

  // Only an app of this machine's architecture can be started here.
  if (app.arch !== process.arch) {
    console.log(`  self-test: skipped, ${app.arch} does not run on this ${process.arch} machine`);
    continue;
  }
  const command = process.platform === 'linux' && !process.env.DISPLAY ? ['xvfb-run', '--auto-servernum', app.executable] : [app.executable];
  const run = spawnSync(command[0], [...command.slice(1), '--self-test'], { encoding: 'utf8', timeout: 180_000 });
  const report = `${run.stdout ?? ''}`.split('\n').find((line) => line.startsWith('self-test: ')) ?? '(no report)';
  console.log(`  ${report}`);
  if (run.status !== 0) problems.push(`${app.bundle}: --self-test exited with ${run.status ?? run.signal ?? run.error?.message} ${run.stderr ?? ''}`.trim());
}

if (problems.length > 0) {
  console.error(`\nPackaged app check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nPackaged app check passed.');
