// The Content-Security-Policy each exported page carries as a <meta>, built from the page's own
// inline scripts. Shared by the post-build step and the tests.
import crypto from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** sha256 of every inline script's text, exactly as the browser hashes it (the raw text between the tags). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT))
    hashes.add(`'sha256-${crypto.createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  return [...hashes];
}

/**
 * - script-src: our own files, and the page's inline scripts (Next's RSC payload) by hash.
 *   'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly; it allows no JS eval.
 * - style-src 'self': the stylesheet only. Nothing in the HTML has a style attribute; styles set
 *   from script (framer-motion's transforms) go through the CSSOM, which CSP does not restrict.
 * - frame-ancestors cannot be set from a <meta>: it is in the headers (deploy/headers.ts).
 */
export function pagePolicy(hashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first thing after <meta charset> (which must stay in the first 1024 bytes). */
export function withPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('page already has a CSP meta');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}"/>`;
  const at = /<meta charSet="utf-8"\/>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!at) throw new Error('page has no <head>');
  const end = at.index + at[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}
