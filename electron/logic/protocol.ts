// Maps an app://bundle/… request to a file inside the built renderer folder, refusing anything
// that would climb out of it, and gives the response headers (the CSP among them).
import path from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sent with every reply, a 404 included: an error page is a page too. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

/** The reply for anything that is not a file of the app. */
export function notFoundReply(): { body: string; status: 404; headers: Record<string, string> } {
  return { body: 'Not found', status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } };
}

export interface ResolvedAsset {
  filePath: string;
  headers: Record<string, string>;
}

/** The file for an app URL, or null (→ 404) for a foreign host, a bad URL or a path outside root. */
export function resolveAppAsset(requestUrl: string, rootDir: string): ResolvedAsset | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = path.posix.normalize(pathname === '/' ? '/index.html' : pathname).replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const inside = path.relative(root, filePath);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  const type = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return {
    filePath,
    headers: { 'Content-Type': type, ...SECURITY_HEADERS },
  };
}
