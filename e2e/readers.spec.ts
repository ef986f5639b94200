import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeQrPng } from './support/qr';
import { openGuide, pickerRadio, status, target } from './support/player';
import { recordedUa } from './support/user-agents';
import { expect, test } from './support/test';

/** Readers first: Back walks the steps, the reader's place and choices are kept (and offered again), text size, 朗读, the printed handout, reflow. */
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

test('coming back without a step in the address offers 上次看到第 N 步，继续？ — per guide and version, never a jump by itself', async ({
  page,
}) => {
  test.setTimeout(90_000); // five visits to the guide
  await openGuide(page, 'view-real-name', '?v=v8&os=android');
  await expect(page.locator('#player [data-resume]')).toHaveCount(0); // nothing read yet
  await target(page, 'open-me', 'tab-me').click();
  await next(page).click();
  await expect(status(page)).toContainText('第 3 / ');
  // The reader switches to WeChat to find the button, and comes back through the chat link.
  await page.goto('/');
  await openGuide(page, 'view-real-name', '?v=v8&os=android');
  const notice = page.locator('#player [data-live] [data-resume]');
  await expect(notice).toHaveText(/上次看到第 3 步，继续？/);
  await expect(status(page)).toContainText('第 1 / ');
  await expect(page).toHaveURL(/#open-me$/);
  await notice.getByRole('button', { name: '继续' }).click();
  await expect(status(page)).toContainText('第 3 / ');
  await expect(page).toHaveURL(/#tap-wallet$/);
  await expect(notice).toHaveCount(0);
  // The same guide in another version has its own place (none yet).
  await page.goto('/');
  await openGuide(page, 'view-real-name', '?v=v7&os=android');
  await expect(status(page)).toContainText('第 1 / ');
  await expect(page.locator('#player [data-resume]')).toHaveCount(0);
  // A link to a step wins: nothing is offered, and that step is now the place.
  await page.goto('/');
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-services');
  await expect(status(page)).toContainText('第 2 / ');
  await expect(page.locator('#player [data-resume]')).toHaveCount(0);
  // 从头看 puts the offer away and stays on step 1.
  await page.goto('/');
  await openGuide(page, 'view-real-name', '?v=v8&os=android');
  await expect(notice).toHaveText(/上次看到第 2 步/);
  await notice.getByRole('button', { name: '从头看' }).click();
  await expect(notice).toHaveCount(0);
  await expect(status(page)).toContainText('第 1 / ');
  // Kept in this browser only, under its own key; going back to step 1 forgets it.
  expect(await page.evaluate(() => localStorage.getItem('tapguide.step.view-real-name.v8'))).toBe('tap-services');
  await target(page, 'open-me', 'tab-me').click();
  await page.locator('#player [data-live]').getByRole('button', { name: '重新开始' }).click();
  await expect(status(page)).toContainText('第 1 / ');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('tapguide.step.view-real-name.v8'))).toBeNull();
});

for (const { name, os, says } of [
  { name: 'WeChat 8.0.46 Android 13 (OPPO) XWEB/1160117', os: 'android', says: /随选朗读/ },
  { name: 'WeChat 8.0.18 on HarmonyOS 6.1 (OpenHarmony 6.1, ArkWeb 6.0.0.46SP3)', os: 'harmony', says: /小艺.*屏幕朗读/ },
]) {
  test(`朗读 without a speech engine (${os === 'android' ? 'WeChat on Android' : 'WeChat on HarmonyOS NEXT'}): the button stays and says in place how to hear the step`, async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ userAgent: recordedUa(name), viewport: { width: 390, height: 740 }, hasTouch: true });
    // As in Android's WebView: no speech synthesis at all.
    await ctx.addInitScript(() => {
      for (const k of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
        delete (Window.prototype as unknown as Record<string, unknown>)[k];
        delete (window as unknown as Record<string, unknown>)[k];
      }
    });
    const page = await ctx.newPage();
    await openGuide(page, 'view-real-name', '?v=v8', '#tap-services');
    expect(await page.evaluate(() => 'speechSynthesis' in window || 'SpeechSynthesisUtterance' in window)).toBe(false);
    const button = page.locator('#player [data-live]').getByRole('button', { name: '朗读这一步' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const help = page.getByRole('region', { name: '怎样听这一步' });
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute('data-read-aloud-help', os);
    await expect(help).toContainText('这个浏览器自己不会朗读');
    await expect(help).toContainText(says);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await help.getByRole('button', { name: '知道了' }).click();
    await expect(help).toHaveCount(0);
    await expect(button).toBeVisible();
    await ctx.close();
  });
}

test('特大 at 360×640: article and step text 20 px or more, the target’s words 18 px or more, targets take taps over 60 px, nothing sideways', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true });
  await ctx.addInitScript(() => localStorage.setItem('tapguide.text-size', 'xlarge'));
  const page = await ctx.newPage();
  const figures: string[] = [];
  for (const [slug, query, step] of [
    ['view-real-name', '?v=v8&os=android', 'open-me'],
    ['view-real-name', '?v=v8&os=ios', 'tap-services'],
    ['first-real-name', '?v=v8&os=android', 'choose-way'],
    ['qq-wallet-real-name', '?os=android', ''],
  ] as const) {
    await openGuide(page, slug, query, step ? `#${step}` : '');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const r = await page.evaluate(() => {
      // Every text the reader reads in an element (the text nodes' own elements), as px; not the folded 依据.
      const sizes = (root: Element | null) =>
        !root
          ? []
          : [root, ...root.querySelectorAll('*')]
              .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
              .filter((e) => !e.closest('[data-step-sources], [aria-hidden="true"]') && (e as HTMLElement).offsetParent !== null)
              .map((e) => parseFloat(getComputedStyle(e).fontSize));
      const live = document.querySelector('#player [data-live]')!;
      const stepId = live.querySelector<HTMLElement>('[data-step]')!.dataset.step!;
      const targets = [...live.querySelectorAll<HTMLElement>(`[data-step="${CSS.escape(stepId)}"] [data-target]`)];
      const hit = targets.map((t) => {
        t.scrollIntoView({ block: 'center' });
        const b = t.getBoundingClientRect();
        const [cx, cy] = [b.left + b.width / 2, b.top + b.height / 2];
        const on = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('[data-target]') === t;
        const h = 60 / 2 - 0.5;
        return on(cx - h, cy) && on(cx + h, cy) && on(cx, cy - h) && on(cx, cy + h) ? 60 : Math.round(Math.min(b.width, b.height));
      });
      return {
        body: sizes(live.querySelector('[data-player-body]')),
        article: [...document.querySelectorAll('article .tg-step-body')].flatMap((e) => sizes(e)),
        labels: targets.flatMap((t) => sizes(t)),
        hit,
        width: document.documentElement.scrollWidth,
      };
    });
    const at = `${slug}${query}#${step}`;
    expect(r.body.length, `${at}: step text under the phone`).toBeGreaterThan(0);
    expect(Math.min(...r.body), `${at}: step text`).toBeGreaterThanOrEqual(20);
    expect(r.article.length, `${at}: article text`).toBeGreaterThan(0);
    expect(Math.min(...r.article), `${at}: article text`).toBeGreaterThanOrEqual(20);
    if (r.labels.length) expect(Math.min(...r.labels), `${at}: the target’s words`).toBeGreaterThanOrEqual(18);
    expect(r.hit.length, `${at}: targets`).toBeGreaterThan(0);
    expect(Math.min(...r.hit), `${at}: hit area`).toBeGreaterThanOrEqual(60);
    expect(r.width, `${at}: page width`).toBeLessThanOrEqual(360);
    figures.push(
      `${at}: text ${Math.min(...r.body)}/${Math.min(...r.article)} px, label ${Math.min(...r.labels)} px, hit ${Math.min(...r.hit)} px`,
    );
  }
  console.log(`特大 at 360×640 — ${figures.join('; ')}`);
  await ctx.close();
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
  expect(decodeQrPng(fs.readFileSync(path.join(dir, first)))).toBe(`${baseURL}/guides/view-real-name/v7/?os=android`);
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
