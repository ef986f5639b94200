import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * An editor's loop in `npm run dev`: an edit to a guide shows in the open page by itself; a
 * broken file is listed over the page with its path and line; fixing it brings the page back,
 * on the same step, and the dev server keeps running throughout.
 */
test('edits show without a manual reload; a broken file shows path and line; fixing it recovers', async ({ page }) => {
  const file = path.join(process.env.LIVE_CONTENT_DIR!, 'guides', 'view-real-name.mdx');
  const original = fs.readFileSync(file, 'utf8');
  // Each reload is a new page whose listener must connect before the next edit.
  const listening = (when: string) =>
    expect(page.locator('html'), `page listens for content changes ${when}`).toHaveAttribute('data-content-reload', 'on', {
      timeout: 60_000,
    });
  try {
    await page.goto('/guides/view-real-name/?v=v7&os=android#tap-pay', { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息');
    await listening('after the first load');

    fs.writeFileSync(file, original.replace('title: 查看微信实名信息', 'title: 查看微信实名信息（预览）'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息（预览）', { timeout: 60_000 });
    await listening('after the edit');

    const broken = original.replace('</Step>', '');
    fs.writeFileSync(file, broken);
    // The first </Step> removed leaves the first step unclosed: that is where the parser points.
    const line = broken.split('\n').findIndex((l) => l.startsWith('<Step id="open-me"')) + 1;
    await expect(page.getByRole('region', { name: /内容有 1 个问题/ })).toContainText(
      new RegExp(`view-real-name\\.mdx:${line}:1\\s+MDX does not parse`),
      { timeout: 60_000 },
    );
    await listening('while the problem is shown'); // so the fix brings the page back

    fs.writeFileSync(file, original);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息', { timeout: 60_000 });
    await expect(page.getByRole('region', { name: /内容有/ })).toHaveCount(0);
    await expect(page).toHaveURL(/\?v=v7&os=android#tap-pay$/);
    await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('点击“支付”');
  } finally {
    fs.writeFileSync(file, original);
  }
});

/**
 * Renaming a published step: without an alias the page lists the broken links, naming the step;
 * with one, the old step page sends readers on to the renamed step (and says so without JavaScript).
 */
test('a renamed step needs an alias, and its old link then redirects', async ({ page }) => {
  const file = path.join(process.env.LIVE_CONTENT_DIR!, 'guides', 'view-real-name.mdx');
  const original = fs.readFileSync(file, 'utf8');
  try {
    const renamed = original.replace('<Step id="tap-pay" ', '<Step id="tap-pay-v7" ');
    fs.writeFileSync(file, renamed);
    await page.goto('/guides/view-real-name/', { timeout: 60_000 });
    await expect(page.getByRole('region', { name: /内容有 1 个问题/ })).toContainText('published step "tap-pay" no longer opens', {
      timeout: 60_000,
    });

    await expect(page.locator('html')).toHaveAttribute('data-content-reload', 'on', { timeout: 60_000 });
    fs.writeFileSync(file, renamed.replace('\nconfidence:', '\naliases:\n  tap-pay: tap-pay-v7\nconfidence:'));
    // The open page reloads by itself and the problem is gone; only then go elsewhere (else the two navigations race).
    await expect(page.getByRole('region', { name: /内容有/ })).toHaveCount(0, { timeout: 60_000 });
    await expect(page.locator('html')).toHaveAttribute('data-content-reload', 'on', { timeout: 60_000 });
    // The redirect starts before the old page has finished loading: wait only for the response.
    await page.goto('/guides/view-real-name/v7/android/tap-pay/', { timeout: 60_000, waitUntil: 'commit' });
    await expect(page).toHaveURL(/\/guides\/view-real-name\/v7\/android\/tap-pay-v7\/$/, { timeout: 60_000 });
    await expect(page.locator('#player [data-step-status]')).toContainText('点击“支付”');

    // The old #step on the guide page lands on the renamed step too.
    await page.goto('/guides/view-real-name/?v=v7&os=android#tap-pay', { timeout: 60_000 });
    await expect(page.locator('#player [data-live] [data-step-status]')).toContainText('点击“支付”', { timeout: 60_000 });
    await expect(page).toHaveURL(/#tap-pay-v7$/);
    await expect(page.locator('[data-notice]')).toHaveCount(0);

    // Without JavaScript: a meta refresh, and a plain link while it happens.
    const html = await (await page.request.get('/guides/view-real-name/v7/android/tap-pay/')).text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/guides/view-real-name/v7/android/tap-pay-v7/"');
    expect(html).toMatch(/<a href="\/guides\/view-real-name\/v7\/android\/tap-pay-v7\/"[^>]*>第 2 步：点击“支付”<\/a>/);
  } finally {
    fs.writeFileSync(file, original);
  }
});
