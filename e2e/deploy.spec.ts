import fs from 'node:fs';
import { SECURITY_HEADERS } from '../deploy/headers';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { expect, test } from './support/test';

/** The exported site as production serves it: nginx with deploy/site.conf (scripts/serve.mjs). */

const hashedAsset = () => /\/_next\/static\/[^"]+\.js/.exec(fs.readFileSync('out/index.html', 'utf8'))![0];

test('every response carries the security headers; pages are revalidated, hashed assets cached for a year', async ({ request }) => {
  for (const url of ['/', '/guides/view-real-name/', '/steps/', hashedAsset(), '/pagefind/pagefind.js']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(res.headers()[name.toLowerCase()], `${name} on ${url}`).toBe(value);
  }
  expect((await request.get('/guides/view-real-name/')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get(hashedAsset())).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('an unknown address answers 404 with the site’s own page, headers included', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  expect(res?.headers()['x-frame-options']).toBe('DENY');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
});

test('a folder without a page of its own (an address cut short) is a 404 too, not a 403', async ({ page }) => {
  for (const url of ['/guides/', '/guides/view-real-name/v8/ios/']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  }
});

test('a page without its trailing slash redirects to it', async ({ request }) => {
  const res = await request.get('/guides/view-real-name', { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe('/guides/view-real-name/');
});

test('the precompressed file is sent to a browser that accepts it', async ({ request }) => {
  for (const [encoding, url] of [
    ['br', '/guides/view-real-name/'],
    ['gzip', '/guides/view-real-name/'],
    ['br', hashedAsset()],
  ] as const) {
    const res = await request.get(url, { headers: { 'Accept-Encoding': encoding } });
    expect(res.headers()['content-encoding'], `${encoding} ${url}`).toBe(encoding);
    expect(res.headers().vary).toContain('Accept-Encoding');
  }
  expect(
    (await request.get('/guides/view-real-name/', { headers: { 'Accept-Encoding': 'identity' } })).headers()['content-encoding'],
  ).toBeUndefined();
});

test('each page’s policy is enforced: an injected inline script or style attribute is refused', async ({ browser }) => {
  // Its own context: these violations are the point, so the test's CSP guard must not see them.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto('/guides/view-real-name/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' ('sha256-[A-Za-z0-9+/=]+' )+'wasm-unsafe-eval'/);
  expect(policy).toContain("style-src 'self'");
  const refused = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.append(s);
        const d = document.createElement('div');
        d.setAttribute('style', 'color: red');
        document.body.append(d);
        setTimeout(() => resolve(seen), 300);
      }),
  );
  expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await ctx.close();
});

// The CSP guard (e2e/support/test.ts) fails a test on any violation: one test per guide keeps each short.
test('no page breaks its policy: home and the lists, with the search’s WebAssembly', async ({ page }) => {
  // The 404 page (app/global-not-found.tsx) has no layout, so no search box: the home comes last and is searched.
  for (const path of ['/no-such-page/', '/steps/', '/screens/', '/']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
  }
  await page.getByRole('searchbox', { name: '搜索教程' }).fill('实名');
  await expect(page.locator('[data-search] [role="status"]')).toHaveText(/^找到/);
});

for (const g of loadContent().guides) {
  test(`no page breaks its policy: ${g.slug} and a step page of each version`, async ({ page }) => {
    for (const path of [
      `/guides/${g.slug}/`,
      ...g.frontmatter.variants.map((v) => pagesOf(g).find((p) => p.variant === v.id && p.index === 2)!.path),
    ]) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
    }
  });
}
