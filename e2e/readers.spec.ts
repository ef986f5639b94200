import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeQrPng } from './support/qr';
import { openGuide, pickerRadio, status, target } from './support/player';
import { expect, test } from './support/test';

/** Readers first: Back walks the steps, the reader's place and choices are kept, text size, 朗读, the printed handout, reflow. */
test.use({ reducedMotion: 'reduce' });

const next = (page: import('@playwright/test').Page) => page.locator('#player [data-live]').getByRole('button', { name: '看下一步 ›' });

test('each step is a history entry: the phone’s Back walks back through the steps, Forward again, and from the first step Back leaves', async ({
  page,
}) => {
  await page.goto('/');
  await openGuide(page, 'view-real-name', '?v=v8&os=android');
  await target(page, 'open-me', 'tab-me').click();
  await expect(status(page)).toContainText('第 2 / ');
  await next(page).click();
  await expect(status(page)).toContainText('第 3 / ');
  await expect(page).toHaveURL(/#tap-wallet$/);
  await page.goBack();
  await expect(status(page)).toContainText('第 2 / ');
  await expect(page).toHaveURL(/#tap-services$/);
  await page.goBack();
  await expect(status(page)).toContainText('第 1 / ');
  await page.goForward();
  await expect(status(page)).toContainText('第 2 / ');
  // The site's own 上一步 is the same move as the phone's Back: one entry, not a new one.
  await page.locator('#player [data-live]').getByRole('button', { name: '‹ 上一步' }).click();
  await expect(status(page)).toContainText('第 1 / ');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('on a step page too, Back goes to the step before, with its own address', async ({ page }) => {
  await page.goto('/guides/view-real-name/v8/ios/tap-services/');
  await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('第 2 / ');
  await next(page).click();
  await expect(page).toHaveURL(/\/guides\/view-real-name\/v8\/ios\/tap-wallet\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/guides\/view-real-name\/v8\/ios\/tap-services\/$/);
  await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('点击“服务”');
});

test('switching the OS keeps the step; a version without it says it started over', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&os=ios', '#tap-wallet');
  await (await pickerRadio(page, '安卓')).check();
  await expect(status(page)).toContainText('第 3 / ');
  await expect(page).toHaveURL(/os=android#tap-wallet$/);
  await (await pickerRadio(page, '7.x')).check();
  await expect(page.locator('[data-notice]')).toContainText('7.x');
  await expect(status(page)).toContainText('第 1 / ');
});

test('an OS picked in one guide carries to the next, over the user agent’s guess, which is shown', async ({ browser }) => {
  const ctx = await browser.newContext({
    viewport: { width: 390, height: 740 },
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  });
  const page = await ctx.newPage();
  await openGuide(page, 'view-real-name');
  await (await pickerRadio(page, '安卓')).check();
  await openGuide(page, 'first-real-name');
  await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  await expect(await pickerRadio(page, '安卓')).toBeChecked();
  await expect(page.locator('[data-os-guess]')).toContainText('iPhone');
  await ctx.close();
});

test('字号: three sizes, the drawn phone grows with them, remembered, and the page still fits at the largest', async ({ page }) => {
  await openGuide(page, 'view-real-name');
  const label = page.locator('#player [data-live] [data-target="tab-me"] span').last();
  const before = parseFloat(await label.evaluate((e) => getComputedStyle(e).fontSize));
  await page.getByRole('button', { name: '字号' }).click();
  await page.getByRole('radio', { name: '特大' }).check();
  await expect.poll(async () => parseFloat(await label.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThan(before * 1.2);
  await openGuide(page, 'minors');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await expect(status(page)).toBeVisible();
  await expect(next(page)).toBeVisible();
});

test('朗读这一步 reads the step’s title and text in Chinese with the browser’s own voice', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { __spoken: spoken });
    Object.defineProperty(window, 'speechSynthesis', {
      value: { speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => {}, getVoices: () => [] },
    });
  });
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-services');
  await page.locator('#player [data-live]').getByRole('button', { name: '朗读这一步' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.lang).toBe('zh-CN');
  expect(spoken[0]!.text).toMatch(/^点击“服务”。/);
  expect(spoken[0]!.text).not.toContain('依据');
});

test('printing gives the reader’s version as a handout: a step a page, big text, the drawn screen, the QR on page 1', async ({
  page,
  baseURL,
}) => {
  await openGuide(page, 'view-real-name', '?v=v7&os=android');
  await page.waitForFunction(() => document.querySelector('#player [data-live]') !== null);
  await page.waitForTimeout(300); // the QR library loads after the player
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-handout-'));
  const pdf = path.join(dir, 'handout.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('查看微信实名信息');
  expect(text).toContain('微信 7.x · 安卓');
  expect(text).toContain('第 1 步：');
  expect(text).not.toContain('Tapguide'); // no site chrome
  expect(pages).toBeGreaterThanOrEqual(6); // the cover and a page per step of the 7.x path and its branch
  execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-png', pdf, path.join(dir, 'page')]);
  const first = fs.readdirSync(dir).find((f) => f.endsWith('.png'))!;
  expect(decodeQrPng(fs.readFileSync(path.join(dir, first)))).toBe(`${baseURL}/guides/view-real-name/?v=v7&os=android`);
});

for (const viewport of [
  { width: 320, height: 640 },
  { width: 640, height: 400 }, // 1280×800 at 200 % zoom
]) {
  test(`no sideways scrolling at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    for (const url of ['/', '/guides/first-real-name/', '/guides/first-real-name/v8/android/choose-way/', '/steps/']) {
      await page.goto(url);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(viewport.width);
    }
    await ctx.close();
  });
}
