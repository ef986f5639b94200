import { expect, test } from './support/test';
import { loadContent } from '../lib/server/content/load/content';
import { tapTargets } from '../lib/shared/screen-elements';

const { screens } = loadContent();

test('the screen gallery shows every screen in both skins with its tappable ids, and copies its name', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/screens/');
  const cards = page.locator('[data-screen-name]');
  await expect(cards).toHaveCount(Object.keys(screens).length);

  for (const [name, screen] of Object.entries(screens)) {
    const card = page.locator(`[data-screen-name="${name}"]`);
    await expect(card.locator('.tg-phone[data-skin="ios"]')).toHaveCount(1);
    await expect(card.locator('.tg-phone[data-skin="android"]')).toHaveCount(1);
    for (const id of tapTargets(screen)) await expect(card.locator('.tg-id-tag', { hasText: new RegExp(`^${id}$`) })).toHaveCount(2);
  }

  const me = page.locator('[data-screen-name="wechat/me-v8"]');
  await me.scrollIntoViewIfNeeded();
  await me.getByRole('button', { name: '复制画面名 wechat/me-v8' }).click();
  await expect(me.getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('wechat/me-v8');
});
