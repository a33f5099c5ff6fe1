// The one Content-Security-Policy of the production app: everything from the app's own origin,
// nothing remote, no eval, no inline script. Served as a header by the Electron protocol handler
// and the preview server, and as a <meta> tag in the built index.html.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['worker-src', "'none'"],
  ['frame-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** For the HTTP header only: `frame-ancestors` is ignored (with a warning) in a <meta> policy. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
