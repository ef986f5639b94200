import type { Page } from '@playwright/test';
import { status } from './support/player';
import { expect, test } from './support/test';

/**
 * Poor signal: a guide once opened reads offline, through the service worker (out/sw.js, from
 * scripts/service-worker.ts). Playwright's setOffline also cuts the worker's own fetches
 * (Playwright ≥ 1.5x inspects service workers' network), so the cache is what answers.
 */

/** The paths of everything in the worker's caches, read from the page. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });

/** Opens a page and waits until the worker controls it and has kept it. */
async function openKept(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const kept = new URL(url, 'http://x').pathname;
  await expect.poll(async () => (await cachedPaths(page)).includes(kept), { timeout: 10_000 }).toBe(true);
}

test('a guide once opened reads offline: reloaded, its step pages, with the notice; /api/ is never kept', async ({ page, context }) => {
  await openKept(page, '/guides/view-real-name/?v=v8&os=android');
  await expect(page.locator('.tg-offline-notice')).toBeHidden();
  // The live player's chunks load after the first paint: wait until they are kept too.
  await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
  await openKept(page, '/guides/view-real-name/v8/android/tap-services/');
  // What goes to the report service passes the worker by.
  expect((await page.request.get('/api/health')).ok()).toBe(true);
  expect(await page.evaluate(() => fetch('/api/health').then((r) => r.status))).toBe(200);

  await context.setOffline(true);
  await page.goto('/guides/view-real-name/?v=v8&os=android');
  await expect(page.locator('.tg-offline-notice')).toBeVisible();
  await expect(page.locator('.tg-offline-notice')).toHaveText('现在没有网络，显示的是你之前打开过的内容');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息');
  await expect(status(page)).toContainText('第 1 / 5 步');

  // A step page opened before: itself.
  await page.goto('/guides/view-real-name/v8/android/tap-services/');
  await expect(page.locator('[data-step-page]')).toBeVisible();
  await expect(status(page)).toContainText('点击“服务”');
  await expect(page.locator('.tg-offline-notice')).toBeVisible();

  // A step page never opened: the guide's page, which holds every step, opens on it.
  await page.goto('/guides/view-real-name/v8/ios/tap-id-info/');
  await expect(page).toHaveURL(/\/guides\/view-real-name\/\?v=v8&os=ios#tap-id-info$/);
  await expect(status(page)).toContainText('第 4 / 5 步');
  await expect(page.locator('.tg-offline-notice')).toBeVisible();

  // A page of a guide never opened is not there: the browser's own offline error.
  await expect(page.goto('/guides/minors/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);

  await context.setOffline(false);
  await page.goto('/guides/view-real-name/?v=v8&os=android');
  await expect(page.locator('.tg-offline-notice')).toBeHidden();
  const paths = await cachedPaths(page);
  expect(paths.filter((p) => p.startsWith('/api/'))).toEqual([]);
  expect(paths).toContain('/guides/view-real-name/');
  expect(paths.some((p) => p.startsWith('/_next/static/'))).toBe(true);
});

test('going offline while reading shows the notice, and coming back hides it', async ({ page, context }) => {
  await openKept(page, '/guides/minors/');
  await context.setOffline(true);
  await expect(page.locator('.tg-offline-notice')).toBeVisible();
  await context.setOffline(false);
  await expect(page.locator('.tg-offline-notice')).toBeHidden();
});

test('where the browser has no service worker, nothing changes', async ({ page, context }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/guides/minors/');
  await page.waitForLoadState('load');
  await context.setOffline(true);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await expect(page.locator('.tg-offline-notice')).toBeHidden();
  expect(asked).not.toContain('/sw.js');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-offline'))).toBe(false);
});

test('the worker and its registration are served as JavaScript and revalidated on every visit', async ({ request }) => {
  for (const file of ['/sw.js', '/sw-register.js']) {
    const res = await request.get(file);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type'], file).toMatch(/^application\/javascript/);
    expect(res.headers()['cache-control'], file).toBe('no-cache');
  }
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toMatch(/const CACHE = 'tapguide-[0-9a-f]{12}';/);
});
