import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/logic/protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/csp';

const root = path.resolve('/srv/app/renderer');

describe('resolveAppAsset', () => {
  it('serves index.html for the root and files inside the folder', () => {
    expect(resolveAppAsset('app://bundle/', root)?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('app://bundle/assets/a.js?v=1#x', root)?.filePath).toBe(path.join(root, 'assets/a.js'));
    expect(resolveAppAsset('app://bundle/assets/my%20font.woff2', root)?.filePath).toBe(path.join(root, 'assets/my font.woff2'));
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/%2e%2e%5c..%5cwindows',
    'app://bundle/%00index.html',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'https://bundle/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const asset = resolveAppAsset(url, root);
    if (asset) expect(path.relative(root, asset.filePath).startsWith('..')).toBe(false);
    else expect(asset).toBeNull();
  });

  it('sends the strict CSP, the right type and no sniffing', () => {
    const html = resolveAppAsset('app://bundle/index.html', root);
    expect(html?.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(html?.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(html?.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(resolveAppAsset('app://bundle/a.woff2', root)?.headers['Content-Type']).toBe('font/woff2');
    expect(resolveAppAsset('app://bundle/a.unknown', root)?.headers['Content-Type']).toBe('application/octet-stream');
  });
});

it('puts the CSP on every response the app serves, whatever its type', () => {
  for (const file of ['index.html', 'other.html', 'assets/a.js', 'assets/a.css', 'assets/f.woff2', 'x.svg', 'unknown.bin']) {
    expect(resolveAppAsset(`app://bundle/${file}`, root)?.headers['Content-Security-Policy'], file).toBe(CONTENT_SECURITY_POLICY_HEADER);
  }
});

describe('the Content-Security-Policy', () => {
  it('allows only the app itself and never eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    // Nothing in the app is a data: URL (vite inlines no asset: assetsInlineLimit 0), so none is allowed.
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toContain('data:');
  });
});
