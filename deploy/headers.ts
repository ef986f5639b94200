// The one source of the site's response headers. `npm run deploy:headers` writes them for nginx
// (deploy/security-headers.conf, committed, checked by a unit test) and the build writes them for
// static hosts (out/_headers), so the two never disagree.

/** Sent with every response. The page's own Content-Security-Policy is a <meta> in each HTML file
 * (script hashes differ per page); only what a <meta> policy cannot say is sent as a header. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
  // Other sites may link to the pages but not embed their files (the link previews that show
  // /og/ images fetch them from their own servers, which this does not govern).
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

/** Hashed build output never changes under its name (everything else is revalidated on each visit):
 * Next's assets, and the favicon set's copies named by their content hash (lib/server/views/icons.ts). */
export const CACHE = {
  immutable: { paths: ['/_next/static/', '/icons/'], value: 'public, max-age=31536000, immutable' },
  /** The editors' page (what it shows after sign-in is readers' answers): never kept by a browser or a cache on the way. */
  never: { paths: ['/editors/'], value: 'no-store' },
};

export function nginxHeaders(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`);
  return `# Generated from deploy/headers.ts by \`npm run deploy:headers\`: do not edit.\n${lines.join('\n')}\n`;
}

/** Netlify / Cloudflare Pages `_headers`. Hosts revalidate unlisted files by default. */
export function staticHostHeaders(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return [
    '# Generated from deploy/headers.ts by the build: do not edit.',
    '/*',
    ...security,
    ...CACHE.immutable.paths.flatMap((p) => [`${p}*`, `  Cache-Control: ${CACHE.immutable.value}`]),
    ...CACHE.never.paths.flatMap((p) => [`${p}*`, `  Cache-Control: ${CACHE.never.value}`]),
    '',
  ].join('\n');
}
