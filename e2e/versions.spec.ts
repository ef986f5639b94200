import { expect, test } from './support/test';
import { openGuide, pickerRadio, status } from './support/player';

// Requests the tests cut off (page.route) must come from the page itself: a service worker's own
// fetches bypass page.route, so it is blocked here (e2e/offline.spec.ts tests it).
test.use({ serviceWorkers: 'block' });

/**
 * A guide page carries one version's steps (issue 21: the first round trip); another version's
 * text loads when the reader switches to it, from /guides/<slug>/<variant>/steps.json.
 */

// A 7.x-only step of 查看微信实名信息, and a line of its text.
const V7_STEP = 'tap-pay';
const V7_TEXT = '在“我”页面点“支付”。';

test('the guide page holds its first version only; switching loads the other version’s text', async ({ page }) => {
  const html = await (await page.request.get('/guides/view-real-name/')).text();
  expect(html).toContain('id="tap-services"');
  expect(html).not.toContain(V7_TEXT);
  const loaded: string[] = [];
  page.on('request', (r) => r.url().endsWith('/steps.json') && loaded.push(new URL(r.url()).pathname));
  await openGuide(page, 'view-real-name');
  expect(loaded).toEqual([]);
  await (await pickerRadio(page, '7.x')).click();
  await expect(page.locator(`section#${V7_STEP}`)).toContainText(V7_TEXT);
  await expect(page.locator('section#tap-services')).toBeHidden();
  expect(loaded).toEqual(['/guides/view-real-name/v7/steps.json']);
  // The phone's caption is that version's text too.
  await page.locator(`#player [data-target="tab-me"]`).first().click();
  await expect(status(page)).toContainText('点击“支付”');
  await expect(page.locator('#player [data-live]')).toContainText(V7_TEXT);
});

test('a link to another version opens with its text; a version’s own page needs no extra load', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().endsWith('/steps.json') && loaded.push(new URL(r.url()).pathname));
  await openGuide(page, 'view-real-name', '?v=v7&os=android');
  await expect(page.locator(`section#${V7_STEP}`)).toContainText(V7_TEXT);
  expect(loaded).toEqual(['/guides/view-real-name/v7/steps.json']);
  loaded.length = 0;
  await page.goto('/guides/view-real-name/v7/');
  await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
  await expect(page.locator(`section#${V7_STEP}`)).toContainText(V7_TEXT);
  expect(await (await pickerRadio(page, '7.x')).isChecked()).toBe(true);
  expect(loaded).toEqual([]);
});

test('when another version’s text cannot load, its steps say so and link to its own page', async ({ page }) => {
  await page.route('**/steps.json', (route) => route.abort());
  await openGuide(page, 'view-real-name');
  await (await pickerRadio(page, '7.x')).click();
  const alert = page.locator(`section#${V7_STEP}`).getByRole('alert');
  await expect(alert).toContainText('这一步的说明没能加载');
  await expect(alert.getByRole('link', { name: '打开这个版本的页面' })).toHaveAttribute('href', '/guides/view-real-name/v7/');
});

/** The page's inline RSC payload (what React reads to hydrate), apart from its HTML. */
const payloadOf = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => (JSON.parse(m[1]!) as unknown[])[1] ?? '').join('');

test('the drawn phone is in the HTML only, not again in the payload; “看图认版本” draws its pictures when opened', async ({ page }) => {
  for (const path of ['/guides/view-real-name/', '/guides/view-real-name/v8/ios/tap-services/']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toMatch(/<div class="contents" data-drawn="">.*class="tg-phone/s);
    expect(payloadOf(html), `${path}: its payload`).not.toContain('tg-phone');
  }
  await openGuide(page, 'view-real-name');
  await expect(page.locator('[data-drawn]')).toHaveCount(0);
  await expect(page.locator('#player [data-live] .tg-phone')).toBeVisible();
  await (await pickerRadio(page, '7.x')).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: '看图认版本' }).click();
  await expect(page.locator('[data-pictures] .tg-phone')).toHaveCount(3);
});
