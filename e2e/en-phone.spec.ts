import { ready } from './support/player';
import { expect, test } from './support/test';
import { recordedUa } from './support/user-agents';

/**
 * The English phone drawings in the reader's browser: option tags inside the phone at every size,
 * the tab whose English label no source quotes drawn as unconfirmed, and the screen gallery
 * counting English guides. Tagged @once: each test sets its own viewport.
 */
const UA = recordedUa('WeChat 8.0.15 Android 9 XWEB/2889 MMWEBSDK Language/en');
test.use({ userAgent: UA, reducedMotion: 'reduce' });

for (const [width, height] of [
  [360, 640],
  [390, 740],
  [1280, 800],
] as const) {
  test(`the options' tags of “Card linked” stay inside the phone at ${width}×${height}`, { tag: '@once' }, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/en/guides/wechat-pay-for-visitors/#card-linked');
    await ready(page);
    const step = page.locator('#player [data-step="card-linked"]');
    const tags = step.locator('.tg-target-tag');
    await expect(tags).toHaveCount(2);
    await expect(tags.first()).toHaveText('Pay now');
    const screen = (await page.locator('#player .tg-phone-screen').first().boundingBox())!;
    for (const tag of await tags.all()) {
      await tag.scrollIntoViewIfNeeded();
      const box = (await tag.boundingBox())!;
      const shown = (await page.locator('#player .tg-phone-screen').first().boundingBox())!;
      expect(box.x, `${await tag.textContent()} starts inside the phone`).toBeGreaterThanOrEqual(shown.x);
      expect(box.x + box.width, `${await tag.textContent()} ends inside the phone`).toBeLessThanOrEqual(shown.x + shown.width);
      expect(box.width).toBeLessThanOrEqual(screen.width);
    }
  });
}

test('the English tab bar draws the unsourced “Contacts” tab as a grey bar named unconfirmed', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/en/guides/id-info/#open-me');
  await ready(page);
  const tab = page.locator('#player [data-step="open-me"] [data-el="tab-contacts"]');
  await expect(tab.locator('[data-unconfirmed]')).toBeVisible();
  await expect(tab).toHaveText('tab, label not confirmed');
  await expect(page.locator('#player [data-step="open-me"] .tg-tabs')).not.toContainText('Contacts');
  await expect(page.locator('#player [data-step="open-me"] .tg-tabs')).toContainText('Chats');
  // The target tab is still a named button.
  await expect(page.locator('#player [data-step="open-me"] [data-target="tab-me"]')).toHaveAccessibleName('Tap “Me”');
});

test('the screen gallery lists the English guides that draw an English screen', { tag: '@once' }, async ({ page }) => {
  await page.goto('/screens/');
  const card = page.locator('[data-screen-name="wechat/wallet-cards-en"] [data-used-by]');
  await expect(card).not.toContainText('没有教程用到它');
  await expect(card.locator('li[lang="en"] a[href^="/en/guides/wechat-pay-for-visitors/"]').first()).toBeAttached();
});
