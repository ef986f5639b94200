import net from 'node:net';
import { SECURITY_HEADERS } from '../deploy/headers';
import { openGuide } from './support/player';
import { expect, test } from './support/test';

/**
 * The site as the web sees it: nginx's own error responses carry the security headers, the
 * sitemap's every address answers, test pages are not indexed, and a value echoed from a link
 * cannot turn the site's sentence around.
 */

/** One raw HTTP/1.1 exchange, so that what is sent is exactly what nginx gets (no URL normalising). */
function raw(baseURL: string, request: string): Promise<{ status: number; headers: Record<string, string[]>; bytes: number }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const [head = ''] = all.toString('latin1').split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        const name = line.slice(0, i).trim().toLowerCase();
        (headers[name] ??= []).push(line.slice(i + 1).trim());
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, bytes: all.length });
    });
  });
}

const get = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;

test.describe('as the web sees it', () => {
  test('nginx’s own errors carry every security header: 400, 414, oversized headers, 404', async ({ baseURL }) => {
    const cases = [
      { what: 'encoded traversal', request: get('/%2e%2e/'), status: 400 },
      { what: 'encoded traversal under a folder', request: get('/guides/%2e%2e/%2e%2e/etc/passwd'), status: 400 },
      { what: 'a 10,000-character query', request: get(`/?${'a'.repeat(10_000)}`), status: 414 },
      { what: 'an oversized header', request: get('/', `X-Big: ${'a'.repeat(20_000)}\r\n`), status: 400 },
      { what: 'a request without Host', request: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', status: 400 },
      { what: 'a missing page', request: get('/no-such-page/'), status: 404 },
      { what: 'the not-found page’s own copy', request: get('/404/'), status: 404 },
      { what: 'Next’s not-found route', request: get('/_not-found/'), status: 404 },
      { what: 'a POST', request: 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', status: 405 },
    ];
    for (const c of cases) {
      const res = await raw(baseURL!, c.request);
      expect(res.status, c.what).toBe(c.status);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers[name.toLowerCase()], `${name} on ${c.what}`).toEqual([value]);
      expect(res.headers['cache-control'], `Cache-Control on ${c.what}`).toEqual(['no-cache']);
    }
    // HTTP/0.9 has no headers to carry: the connection is closed instead of sending a bare page.
    expect((await raw(baseURL!, 'GET /\r\n')).bytes, 'an HTTP/0.9 request').toBe(0);
  });

  test('/404/ and /_not-found/ answer 404 with the site’s page, like any missing address', async ({ request }) => {
    for (const url of ['/404/', '/404.html', '/_not-found/', '/_not-found/index.txt', '/guides/no-such-guide/']) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(404);
      expect(await res.text(), url).toContain('找不到这个页面');
    }
  });

  test('every address in the sitemap answers 200; robots.txt, the manifest and the icons are served', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), 'http://x').pathname);
    expect(paths.length).toBeGreaterThan(300);
    expect(paths).toContain('/guides/view-real-name/v8/ios/tap-services/');
    expect(paths).not.toContain('/bench-baseline/');
    const failed: string[] = [];
    for (let i = 0; i < paths.length; i += 16)
      await Promise.all(
        paths.slice(i, i + 16).map(async (p) => {
          const res = await request.head(p, { maxRedirects: 0 });
          if (res.status() !== 200) failed.push(`${res.status()} ${p}`);
        }),
      );
    expect(failed).toEqual([]);

    expect((await request.get('/robots.txt')).status()).toBe(200);
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.headers()['content-type']).toBe('application/manifest+json');
    const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons;
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const { src } of icons) {
      const res = await request.get(src);
      expect(res.status(), src).toBe(200);
      expect(res.headers()['cache-control'], src).toBe('public, max-age=31536000, immutable');
    }
    // What browsers ask for by convention, unhashed: revalidated.
    for (const url of ['/favicon.ico', '/apple-touch-icon.png', '/icon.svg']) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['cache-control'], url).toBe('no-cache');
    }
  });

  test('the bench baseline is kept out of search engines', async ({ request }) => {
    const html = await (await request.get('/bench-baseline/')).text();
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });
});

test('a value echoed from the link is isolated and stripped: the sentence reads in its own order', async ({ page }) => {
  // A right-to-left override, isolates and marks around right-to-left letters: unguarded, the
  // rest of the sentence would render backwards, after the value.
  const os = '\u202Eשלום\u2066\u200F';
  await openGuide(page, 'view-real-name', `?os=${encodeURIComponent(os)}&v=${encodeURIComponent('\u202Ev9')}`);
  const notice = page.locator('[data-notice]');
  await expect(notice).toContainText('无法识别');
  const echoes = await notice.locator('[data-echo]').evaluateAll((els) =>
    els.map((el) => {
      // The quotation marks around the value (CJK line breaking keeps each on the value's line).
      const prev = el.previousSibling as Text;
      const next = el.nextSibling as Text;
      const before = document.createRange();
      before.setStart(prev, prev.length - 1);
      before.setEnd(prev, prev.length);
      const after = document.createRange();
      after.setStart(next, 0);
      after.setEnd(next, 1);
      const box = el.getBoundingClientRect();
      return {
        tag: el.tagName,
        bidi: getComputedStyle(el).unicodeBidi,
        text: el.textContent,
        // Logical order = visual order in a left-to-right line: what comes before is left of the value, what follows is right of it.
        quotes: `${before.toString()}${after.toString()}`,
        beforeEndsLeft: before.getBoundingClientRect().right <= box.left + 1,
        afterStartsRight: after.getBoundingClientRect().left >= box.right - 1,
      };
    }),
  );
  expect(echoes).toEqual([
    { tag: 'BDI', bidi: 'isolate', text: 'v9', quotes: '“”', beforeEndsLeft: true, afterStartsRight: true },
    { tag: 'BDI', bidi: 'isolate', text: 'שלום', quotes: '“”', beforeEndsLeft: true, afterStartsRight: true },
  ]);
  for (const { text } of echoes) expect(text).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
});

test('a repeated or unknown parameter gets the same notice as an unknown value', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&v=v7&foo=1');
  const notice = page.locator('[data-notice]');
  await expect(notice).toContainText('链接里的版本“v8 / v7”不在这篇教程里');
  await expect(notice).toContainText('链接里的“foo”无法识别，已忽略');
  await expect(page).toHaveURL(/\/guides\/view-real-name\/\?v=v8&os=ios#open-me$/);
});

test('a step page opened with a junk query string and hash ends on its clean address', async ({ page }) => {
  await page.goto('/guides/view-real-name/v8/android/tap-services/?foo=1&v=v7#nope');
  await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
  await expect(page).toHaveURL(/\/guides\/view-real-name\/v8\/android\/tap-services\/$/);
  await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('点击“服务”');
});
