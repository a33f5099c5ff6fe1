import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/logic/app-origin';
import { isAllowedNavigation, isAllowedRequest } from '../../../electron/logic/navigation';
import { isTrustedSender } from '../../../electron/logic/sender';

const production = { devServerOrigin: null };
const development = { devServerOrigin: 'http://127.0.0.1:5173' };

describe('isAppUrl / isAllowedNavigation', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://bundle/index.html#/learn', true],
    ['app://bundle/assets/x.js', true],
    ['app://other/index.html', false],
    ['app://bundle.evil.com/index.html', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['not a url', false],
    ['', false],
  ])('production: %s → %s', (url, allowed) => {
    expect(isAppUrl(url, production)).toBe(allowed);
    expect(isAllowedNavigation(url, production)).toBe(allowed);
  });

  it('development also allows the dev server, and only its exact origin', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/index.html', development)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', development)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1.evil.com:5173/', development)).toBe(false);
    expect(isAllowedNavigation('https://127.0.0.1:5173/', development)).toBe(false);
  });
});

describe('isAllowedRequest: the app makes no network request', () => {
  it.each([
    ['app://bundle/assets/index.js', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://localhost/', false],
    ['ws://127.0.0.1:5173/', false],
    ['wss://example.com/', false],
    ['ftp://example.com/', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['file:///C:/Windows/win.ini', false],
  ])('production: %s → %s', (url, allowed) => {
    expect(isAllowedRequest(url, production)).toBe(allowed);
  });

  it('development allows the dev server, its hot-reload socket and devtools, nothing else', () => {
    expect(isAllowedRequest('http://127.0.0.1:5173/src/main.tsx', development)).toBe(true);
    expect(isAllowedRequest('ws://127.0.0.1:5173/', development)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/x', development)).toBe(true);
    expect(isAllowedRequest('https://registry.npmjs.org/', development)).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:5173.evil.com/', development)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { frameUrl: APP_ENTRY_URL, isMainFrame: true, fromAppWindow: true };
  it('trusts the app page in the app window', () => {
    expect(isTrustedSender(good, production)).toBe(true);
  });
  it.each([
    ['a foreign page', { ...good, frameUrl: 'https://evil.example/' }],
    ['a subframe', { ...good, isMainFrame: false }],
    ['another window', { ...good, fromAppWindow: false }],
    ['a destroyed frame', { ...good, frameUrl: null }],
    ['a file:// page', { ...good, frameUrl: 'file:///tmp/x.html' }],
  ])('refuses %s', (_name, sender) => {
    expect(isTrustedSender(sender, production)).toBe(false);
  });
});
