/**
 * The security headers of every answer, in one place (public: read by next.config.ts for every route and
 * by proxy.ts for the pages' Content-Security-Policy). Relative imports only: next.config.ts loads this
 * file before the `@/` alias exists.
 *
 * Pages get a nonce-based CSP, the approach Next 16's guide calls strict: a fresh random nonce per
 * request, which Next puts on its own scripts, and 'strict-dynamic' so that the scripts those load (the
 * explorer's chunks, Cytoscape) may run while an injected `<script>` may not. Styles allow
 * 'unsafe-inline' because React and Cytoscape set `style` attributes, which nonces cannot cover; a style
 * cannot run code. Images allow blob: and data: for the PNG/SVG exports and the inline SVG icon.
 * 'unsafe-eval' is only added under `next dev` (React's dev tools need it; production never does).
 *
 * The GraphQL console (/query, and only there) gets two directives for its editor, Monaco. Fonts from
 * data: URLs: GraphiQL's stylesheet inlines its icon fonts, which `font-src 'self'` blocks. And
 * `worker-src 'self'` for Monaco's web workers, which the bundler emits as scripts of our own origin:
 * without it, workers fall back to script-src, where browsers differ on whether 'strict-dynamic' lets a
 * trusted script start one (Chromium does, and then from any origin); with it, they may, from ours only.
 * Everything the console loads stays on our origin: no CDN, so it works with no internet.
 *
 * Not sent: `upgrade-insecure-requests` and HSTS. The app is often served over plain HTTP on a newsroom's
 * network or on localhost, where both would break it; a TLS-terminating proxy should add HSTS.
 */

/** A header as next.config.ts `headers()` takes it. */
export interface Header {
  key: string;
  value: string;
}

/** Sent with every answer, pages and API alike. */
export const SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** The API answers JSON and files, never documents: nothing in them may load or run anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The GraphQL console's path (app/query): the one page whose policy admits Monaco's workers and fonts. */
const GRAPHQL_CONSOLE_PATH = '/query';

/** Whether a page's path is the GraphQL console's. */
export function isGraphQLConsolePath(pathname: string): boolean {
  return pathname === GRAPHQL_CONSOLE_PATH || pathname.startsWith(`${GRAPHQL_CONSOLE_PATH}/`);
}

/**
 * The pages' policy for one request, around `nonce` (base64, fresh for each request); `graphqlConsole`
 * for the console's page only.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  graphqlConsole?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    options.graphqlConsole === true ? "font-src 'self' data:" : "font-src 'self'",
    ...(options.graphqlConsole === true ? ["worker-src 'self'"] : []),
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** A fresh nonce: 16 random bytes, base64 (what CSP's nonce-source expects). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
