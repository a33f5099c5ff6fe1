// What a packaged app must be, as pure checks used by scripts/verify-package.mjs (the release job)
// and unit-tested: the 8 Electron fuses exactly as electron-builder.yml sets them, and the exact
// macOS entitlements of build/entitlements.mac.plist.

/** electron-builder's names for Electron's V1 fuses, in @electron/fuses' order (FuseV1Options 0…7). */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

// @electron/fuses' FuseState: the ASCII '0' / '1' written into the binary.
const DISABLE = 48;
const ENABLE = 49;

/** The problems in the configuration itself: every one of the 8 fuses must be set, and nothing else. */
export function fuseConfigProblems(electronFuses) {
  const problems = [];
  for (const name of FUSE_NAMES) if (typeof electronFuses?.[name] !== 'boolean') problems.push(`electron-builder.yml does not set the fuse ${name}`);
  for (const name of Object.keys(electronFuses ?? {})) if (!FUSE_NAMES.includes(name)) problems.push(`unknown fuse ${name}`);
  return problems;
}

/** Compares the fuse wire read from a binary (getCurrentFuseWire) with the configuration. */
export function fuseWireProblems(wire, electronFuses) {
  const problems = fuseConfigProblems(electronFuses);
  FUSE_NAMES.forEach((name, index) => {
    const expected = electronFuses?.[name] ? ENABLE : DISABLE;
    const actual = wire?.[index];
    if (actual !== expected) problems.push(`fuse ${name}: expected ${expected === ENABLE ? 'on' : 'off'}, the binary has ${actual === ENABLE ? 'on' : actual === DISABLE ? 'off' : String(actual)}`);
  });
  return problems;
}

/** The entitlements in a plist (as text): each key with its value (true, false or the text). */
export function entitlementsOf(plist) {
  const entries = {};
  const body = plist.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of body.matchAll(/<key>([^<]+)<\/key>\s*(<true\s*\/>|<false\s*\/>|<string>([^<]*)<\/string>)/g)) {
    const [, key, raw, text] = match;
    entries[key] = raw.startsWith('<true') ? true : raw.startsWith('<false') ? false : text;
  }
  return entries;
}

/** The signed app's entitlements must be exactly those of the file: nothing added, nothing missing. */
export function entitlementProblems(signedPlist, expectedPlist) {
  const actual = entitlementsOf(signedPlist);
  const expected = entitlementsOf(expectedPlist);
  const problems = [];
  for (const [key, value] of Object.entries(expected)) if (actual[key] !== value) problems.push(`entitlement ${key}: expected ${String(value)}, signed ${String(actual[key])}`);
  for (const key of Object.keys(actual)) if (!(key in expected)) problems.push(`entitlement ${key} is signed but not expected`);
  return problems;
}
