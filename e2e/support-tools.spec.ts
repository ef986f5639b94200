import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { decodeQr } from './support/qr';
import { openGuide, openPicker, status, target, pickerRadio } from './support/player';

/** Support staff's tools: step pages, QR codes, the /steps/ index, “我的界面不一样”. */

const STEP = '/guides/view-real-name/v8/ios/tap-services/';

async function readyStepPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
}

test.describe('step pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('name the step in title, description and Open Graph, are their own canonical, and draw the step', async ({ page }) => {
    const response = await page.goto(STEP);
    expect(response?.status()).toBe(200);
    const title = '第 2 步：点击“服务” · 查看微信实名信息 · 微信 8.0 及以上 · iPhone';
    await expect(page).toHaveTitle(`${title} · Tapguide`);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await meta('meta[name="description"]')).toMatch(/^第 2 \/ 5 步。.*服务/);
    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(canonical).toMatch(/^(https:\/\/[^/]+)?\/guides\/view-real-name\/v8\/ios\/tap-services\/$/);
    // og:url and og:image must be absolute: a build given NEXT_PUBLIC_SITE_ORIGIN has them, one without leaves them out.
    const absolute = canonical.startsWith('https://');
    expect(await page.locator('meta[property="og:url"]').count()).toBe(absolute ? 1 : 0);
    if (absolute) expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await page.locator('meta[property="og:image"]').count()).toBe(absolute ? 1 : 0);

    // The page itself is the step: its status, drawn phone and text are visible without scripts.
    await expect(page.locator('[data-step-status]')).toHaveText('第 2 / 5 步点击“服务”');
    await expect(page.locator('#player .tg-phone [data-el="services"].tg-target')).toBeVisible();
    await expect(page.locator('#player [data-player-body]')).toBeVisible();
    // Its controls are links to the neighbouring step pages.
    await page.getByRole('link', { name: '看下一步 ›' }).click();
    await expect(page).toHaveURL(/\/guides\/view-real-name\/v8\/ios\/tap-wallet\/$/);
    await expect(page.locator('[data-step-status]')).toContainText('第 3 / 5 步');
    await page.getByRole('link', { name: '‹ 上一步' }).click();
    await expect(page).toHaveURL(new RegExp(`${STEP}$`));
  });

  test('a choice step links each answer to its own step page', async ({ page }) => {
    await page.goto('/guides/view-real-name/v7/android/choose-path/');
    await expect(page.locator('[data-step-status]')).toContainText('第 3 / ');
    await expect(page.getByRole('button', { name: '看下一步 ›' })).toHaveAttribute('aria-disabled', 'true');
    const options = page.locator('#player [data-player-body] a.tg-option');
    expect(await options.count()).toBe(2);
    await options.first().click();
    await expect(page).toHaveURL(/\/guides\/view-real-name\/v7\/android\/[a-z0-9-]+\/$/);
    await expect(page.locator('[data-step-status]')).toContainText('第 4 / ');
  });
});

test('a step page opens on its step, and the address follows the reader from step page to step page', async ({ page }) => {
  await readyStepPage(page, '/guides/view-real-name/v7/android/tap-pay/');
  await expect(status(page)).toContainText('第 2 / 6 步');
  await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  const before = await page.evaluate(() => history.length);
  await target(page, 'tap-pay', 'pay').click();
  await expect(status(page)).toContainText('第 3 / ');
  await expect(page).toHaveURL(/\/guides\/view-real-name\/v7\/android\/choose-path\/$/);
  await expect(page).toHaveTitle(/^第 3 步：.* · 查看微信实名信息 · 微信 7\.x · 安卓 · Tapguide$/);
  // The step is the reader's own move: one history entry (Back returns to step 2's page).
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // A reload lands where the reader is.
  await page.reload();
  await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('第 3 / ');
});

test('another version from “我的界面不一样” on a step page opens the guide on that version', async ({ page }) => {
  await readyStepPage(page, STEP);
  await page.locator('#player [data-different] summary').click();
  await page.getByRole('link', { name: /换成“7\.x”/ }).click();
  // “点击“服务”” is not a 7.x step, so the guide opens at 7.x's start (and then writes that step).
  await expect(page).toHaveURL(/\/guides\/view-real-name\/v7\/\?os=ios(#open-me)?$/);
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
});

test('the QR code on the phone’s toolbar decodes to the step’s link', async ({ page, baseURL }) => {
  await openGuide(page, 'view-real-name', '?v=v7&os=android');
  await target(page, 'open-me', 'tab-me').click();
  await expect(status(page)).toContainText('点击“支付”');
  await page.locator('[data-player-toolbar]').getByRole('button', { name: '二维码' }).click();
  const dialog = page.getByRole('dialog', { name: '用手机扫码打开' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('第 2 步：点击“支付” · 查看微信实名信息 · 微信 7.x · 安卓');
  expect(await decodeQr(dialog.locator('svg[data-qr-code]'))).toBe(`${baseURL}/guides/view-real-name/v7/android/tap-pay/`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the button that opened it.
  await expect(page.locator('[data-player-toolbar]').getByRole('button', { name: '二维码' })).toBeFocused();
});

test('/steps/ finds a step by a Chinese label, for the customer’s OS, with link, QR and guide link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/steps/');
  const rows = page.locator('[data-step-row]');
  const all = await rows.count();
  expect(all).toBeGreaterThan(100);
  await page.getByRole('searchbox', { name: /找步骤/ }).fill('身份信息');
  await expect(page.locator('[data-count]')).toHaveText(/^找到 \d+ 步$/);
  const found = await rows.count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  for (const text of await rows.allInnerTexts()) expect(text).not.toBe('');
  await expect(rows.first()).toContainText('身份信息');

  await page.getByRole('searchbox', { name: /找步骤/ }).fill('服务 7.x');
  await expect(page.locator('[data-count]')).toHaveText(/^找到 \d+ 步$/);
  await page.getByRole('searchbox', { name: /找步骤/ }).fill('没有这种按钮');
  await expect(page.locator('[data-count]')).toContainText('没有找到“没有这种按钮”');
  await expect(rows).toHaveCount(0);

  // Keyboard: from the box to the customer's OS, then on to the first row's link.
  await page.getByRole('searchbox', { name: /找步骤/ }).fill('点击“服务”');
  await (await pickerRadio(page, '安卓')).check();
  const row = page.getByRole('region', { name: '查看微信实名信息' }).locator('[data-step-row="v8/tap-services"]');
  await expect(row.getByRole('link').first()).toHaveAttribute('href', '/guides/view-real-name/v8/android/tap-services/');
  await expect(row.getByRole('link', { name: '在教程里看' })).toHaveAttribute(
    'href',
    '/guides/view-real-name/?v=v8&os=android#tap-services',
  );
  await row.getByRole('button', { name: /^复制链接/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/guides/view-real-name/v8/android/tap-services/`);
  await row.getByRole('button', { name: /^二维码/ }).click();
  expect(await decodeQr(page.getByRole('dialog').locator('svg[data-qr-code]'))).toBe(
    `${baseURL}/guides/view-real-name/v8/android/tap-services/`,
  );
  await page.getByRole('button', { name: '关闭' }).click();
  await row.getByRole('link').first().click();
  await expect(page.locator('[data-step-page] header')).toContainText('微信 8.0 及以上 · 安卓');
  await expect(page.locator('#player [data-step-status]')).toContainText('点击“服务”');
});

test('“我的界面不一样” offers only the versions that differ here, as links that work without JavaScript too', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-services');
  await page.locator('#player [data-live] [data-different] summary').click();
  const different = page.locator('#player [data-live] [data-different]');
  await expect(different.getByRole('link', { name: /换成“7\.x”/ })).toHaveAttribute('href', '/guides/view-real-name/v7/?os=android');
  await expect(different.getByRole('link', { name: /换成“6\.x”/ })).toBeVisible();
  // The first step is the same in every version: nothing to switch to.
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(different).toContainText('这一步在这篇教程的各个版本里都一样');
});

test('outside the apps, “看图认版本” shows the screen that tells each version apart, and picking one switches', async ({ page }) => {
  await openGuide(page, 'view-real-name');
  await openPicker(page);
  await page.getByRole('button', { name: '看图认版本' }).click();
  const panel = page.getByRole('group', { name: '看图认版本' });
  await expect(panel).toBeVisible();
  // Each version's picture is its own “我” page, with the telling menu item highlighted.
  await expect(panel.getByRole('button')).toHaveCount(3);
  await expect(panel.locator('[data-el="pay"].tg-target')).toHaveCount(1);
  await expect(panel.locator('[data-el="services"].tg-target')).toHaveCount(1);
  await panel.getByRole('button', { name: /7\.x/ }).click();
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
  await expect(panel).toBeHidden();
});
