import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pagePolicy, withPolicy } from '../../deploy/csp';
import { nginxHeaders, SECURITY_HEADERS, staticHostHeaders } from '../../deploy/headers';

describe('response headers', () => {
  it('nginx’s copy is the one generated from deploy/headers.ts (else: npm run deploy:headers)', () => {
    expect(fs.readFileSync('deploy/security-headers.conf', 'utf8')).toBe(nginxHeaders());
  });

  it('static hosts get the same security headers, and a year’s cache only for hashed assets', () => {
    const text = staticHostHeaders();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(`  ${name}: ${value}\n`);
    expect(text).toContain('/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('page CSP', () => {
  const page =
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js"></script><script>self.__next_f.push([1,"x"])</script></head><body><script id="_R_">a&amp;b</script></body></html>';

  it('hashes each inline script’s raw text, not scripts loaded by src', () => {
    const sha = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;
    expect(inlineScriptHashes(page)).toEqual([sha('self.__next_f.push([1,"x"])'), sha('a&amp;b')]);
  });

  it('goes right after <meta charset>, once', () => {
    const out = withPolicy(page);
    expect(out).toMatch(
      /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
    );
    expect(() => withPolicy(out)).toThrow(/already/);
  });

  it('allows nothing from elsewhere, no inline code without a hash, no plugins, forms or base changes', () => {
    const policy = pagePolicy(["'sha256-abc'"]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });
});
