import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { THEME_BOOT_SCRIPT } from './lib/theme-choice';
import './globals.css';

// The brand mark (three linked entities) as an inline SVG icon: no extra file, no request that can 404.
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20'%3E%3Cpath d='M5 6 15 5 9 15Z' fill='none' stroke='%239AA5B1' stroke-width='1.6'/%3E%3Ccircle cx='5' cy='6' r='3.2' fill='%230072B2'/%3E%3Ccircle cx='15' cy='5' r='2.6' fill='%23E69F00'/%3E%3Ccircle cx='9' cy='15' r='2.9' fill='%23009E73'/%3E%3C/svg%3E";

export const metadata: Metadata = {
  title: 'newsgraph: who said what, traced to the sentence',
  description:
    'A knowledge-graph explorer for the news: the people, organisations and places an article names, what happened between them, and the sentence each link was read from.',
  icons: { icon: ICON },
};

// The browser's own bar follows the system theme (it cannot see the reader's saved choice before paint).
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#161c23' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: the Content-Security-Policy (proxy.ts) carries a fresh nonce
  // that Next must write onto this request's scripts.
  await connection();
  const nonce = nonceOf((await headers()).get('content-security-policy'));
  // The theme script changes <html data-theme> before React hydrates, hence suppressHydrationWarning
  // (it applies to this element's attributes only, not to its children).
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}

/**
 * The nonce proxy.ts put into this request's Content-Security-Policy, for our one inline script (the
 * saved theme, applied before the first paint). Undefined without a policy (the script is then blocked
 * only if some other policy forbids inline scripts, and the theme follows once the page hydrates).
 */
function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1];
}
