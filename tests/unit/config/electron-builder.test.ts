// The packaging config is checked against the JSON schema electron-builder itself ships (read from
// disk: the package may stop exporting the file), then for the choices this product depends on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

type Target = { target: string; arch: string[] };
interface BuilderConfig {
  appId: string;
  files: string[];
  asar: boolean;
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
  mac: { target: Target[]; hardenedRuntime: boolean; entitlements: string; notarize: boolean; icon: string };
  linux: { target: Target[] };
  [key: string]: unknown;
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const schema = JSON.parse(readFileSync(path.resolve('node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false, coerceTypes: true }).compile(schema);

function targets(list: Target[]): Record<string, string[]> {
  return Object.fromEntries(list.map((t) => [t.target, [...t.arch].sort()]));
}

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema catches a typo (the check can fail)', () => {
    expect(validate({ ...structuredClone(config), nsis: { ...config.nsis, oneClik: false } })).toBe(false);
  });

  it('flips the fuses that close the usual doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an assisted, per-user NSIS installer for Windows x64 and arm64 with a choice of folder', () => {
    expect(targets(config.win.target)).toEqual({ nsis: ['arm64', 'x64'] });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('lets IT install silently for every user of a clinic computer (`/S /allusers`, README)', () => {
    // electron-builder's assisted installer (oneClick false) reads /allusers when the install mode is
    // left to choose (perMachine false), and a silent install that is not elevated asks for elevation
    // only if allowElevation is on (templates/nsis/assistedInstaller.nsh, installer.nsi).
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('builds dmg and zip for macOS x64 and arm64, hardened, with entitlements, notarizing only with credentials', () => {
    expect(targets(config.mac.target)).toEqual({ dmg: ['arm64', 'x64'], zip: ['arm64', 'x64'] });
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(config.mac.entitlements)).toBe(true);
    expect(readFileSync(config.mac.entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit');
    // electron-builder 26 skips notarization when no APPLE_* credentials are set; `true` means "when present".
    expect(config.mac.notarize).toBe(true);
  });

  it('builds AppImage and deb for Linux', () => {
    expect(Object.keys(targets(config.linux.target)).sort()).toEqual(['AppImage', 'deb']);
  });

  it('has an icon source under build/ that every platform uses', () => {
    expect(config.directories.buildResources).toBe('build');
    for (const icon of [config.win.icon, config.mac.icon]) {
      expect(icon.startsWith('build/')).toBe(true);
      expect(existsSync(icon)).toBe(true);
    }
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('packs only the built output and package.json, inside an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    for (const pattern of config.files.filter((f) => !f.startsWith('!'))) {
      expect(pattern).toMatch(/^(out\/|package\.json$)/);
    }
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; dependencies?: object };
    expect(pkg.main.startsWith('out/')).toBe(true);
    // Everything is bundled by Vite, so nothing from node_modules needs to be packed.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });
});
