// The release job's checks of a packaged app (scripts/package-checks.mjs): the 8 fuses read back
// from the binary, and the exact macOS entitlements.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FUSE_NAMES, entitlementProblems, entitlementsOf, fuseConfigProblems, fuseWireProblems } from '../../../scripts/package-checks.mjs';

const config = load(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses: Record<string, boolean>; mac: { entitlements: string } };
const ON = 49;
const OFF = 48;

/** A fuse wire as @electron/fuses reads it from a binary packaged with this configuration. */
function wireFor(fuses: Record<string, boolean>): Record<number, number> {
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [i, fuses[name] ? ON : OFF]));
}

describe('fuses', () => {
  it('electron-builder.yml sets all 8, and only those', () => {
    expect(FUSE_NAMES).toHaveLength(8);
    expect(fuseConfigProblems(config.electronFuses)).toEqual([]);
    const { runAsNode: _dropped, ...seven } = config.electronFuses;
    expect(fuseConfigProblems(seven)).toEqual(['electron-builder.yml does not set the fuse runAsNode']);
  });

  it('a binary packaged as configured passes; one flipped fuse, or a fuse-less binary, fails', () => {
    expect(fuseWireProblems(wireFor(config.electronFuses), config.electronFuses)).toEqual([]);
    const flipped = { ...wireFor(config.electronFuses), 0: ON };
    expect(fuseWireProblems(flipped, config.electronFuses)).toEqual(['fuse runAsNode: expected off, the binary has on']);
    expect(fuseWireProblems({}, config.electronFuses)).toHaveLength(8);
  });
});

describe('entitlements', () => {
  const expected = readFileSync(config.mac.entitlements, 'utf8');

  it('are exactly JIT for V8, nothing else', () => {
    expect(entitlementsOf(expected)).toEqual({ 'com.apple.security.cs.allow-jit': true });
  });

  it('a signed app must carry exactly these: an extra or a missing one fails', () => {
    const plist = (body: string) => `<?xml version="1.0"?><plist version="1.0"><dict>${body}</dict></plist>`;
    expect(entitlementProblems(plist('<key>com.apple.security.cs.allow-jit</key><true/>'), expected)).toEqual([]);
    expect(entitlementProblems(plist('<key>com.apple.security.cs.allow-jit</key><true/><key>com.apple.security.network.client</key><true/>'), expected)).toEqual([
      'entitlement com.apple.security.network.client is signed but not expected',
    ]);
    expect(entitlementProblems(plist(''), expected)).toEqual(['entitlement com.apple.security.cs.allow-jit: expected true, signed undefined']);
  });
});
