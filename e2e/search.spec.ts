import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { status, pickerRadio } from './support/player';

/** Search: Pagefind's index of the guides, loaded only when someone searches. */

const box = (page: Page) => page.getByRole('searchbox', { name: '搜索教程' });
const results = (page: Page) => page.locator('[data-search] [id$="-results"]');

test('each word a reader might type finds its guide', async ({ page }) => {
  await page.goto('/guides/minors/');
  for (const [query, slug] of [
    ['身份信息', 'view-real-name'],
    ['实名', 'first-real-name'],
    ['换实名', 'change-real-name'],
    ['银行卡', 'first-real-name'],
    ['网证', 'national-cyber-id'],
    ['QQ钱包', 'qq-wallet-real-name'],
  ] as const) {
    // Emptied first, so the results checked are this word's, not the last one's.
    await box(page).fill('');
    await expect(results(page).locator('a')).toHaveCount(0);
    await box(page).fill(query);
    await expect(results(page).locator(`a[href="/guides/${slug}/"]`), `“${query}”`).toHaveCount(1);
    await expect(results(page).getByRole('status')).toHaveText(/^找到 \d+ 篇教程$/);
  }
});

test('the search index loads only when someone searches', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await box(page).focus();
  await expect.poll(() => loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('nothing found says so and offers words that work', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('zzxqjvw');
  await expect(results(page).getByRole('status')).toHaveText('没有找到“zzxqjvw”。');
  await results(page).getByRole('button', { name: '网证' }).click();
  await expect(box(page)).toHaveValue('网证');
  await expect(results(page).locator('a[href="/guides/national-cyber-id/"]')).toHaveCount(1);
});

test('keyboard only: type, Tab to a step under a result, Enter opens the guide at that step', async ({ page }) => {
  await page.goto('/');
  await box(page).focus();
  await page.keyboard.type('身份信息');
  const step = results(page).locator('a[href="/guides/view-real-name/#tap-id-info"]');
  await expect(step).toHaveCount(1);
  // Tab through to the step link, as a keyboard user would.
  for (let i = 0; i < 20 && !(await step.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(step).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/view-real-name\/\?v=v8&os=\w+#tap-id-info$/);
  await expect(status(page)).toContainText('点击“身份信息”');
});

test('a step of another version opens that version, and says so', async ({ page }) => {
  await page.goto('/guides/view-real-name/#tap-pay');
  await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('点击“支付”');
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
  await expect(page.locator('[data-notice]')).toContainText('这一步属于“7.x”');
});

test('Escape closes the results; on a 360 px phone they fit the screen', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto('/guides/view-real-name/');
  await box(page).fill('实名');
  await expect(results(page).getByRole('status')).toHaveText(/^找到/);
  const rect = (await results(page).boundingBox())!;
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.x + rect.width).toBeLessThanOrEqual(360);
  await page.keyboard.press('Escape');
  await expect(results(page)).toHaveCount(0);
  await ctx.close();
});
