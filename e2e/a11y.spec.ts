import { OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { expectNoAxeViolations } from './support/axe';
import { openGuide } from './support/player';
import { expect, test } from './support/test';

/**
 * axe-core (WCAG 2.2 AA, target-size on) at 390×844 and 1280×800: every page template whole
 * (home, lists, 404, each guide on each version and OS, a step page of each) and the states that
 * only a tap opens. Every step state of the player: e2e/a11y-states.spec.ts.
 */
const { guides } = loadContent();
// Screens swap without sliding (a short fade), so each state settles at once.
test.use({ reducedMotion: 'reduce' });

for (const path of ['/', '/steps/', '/screens/', '/no-such-page/', '/bench-baseline/']) {
  test(`the page ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoAxeViolations(page, path);
  });
}

// One test per guide × version × OS, so each stays short and the two workers share them evenly.
for (const guide of guides) {
  const pages = pagesOf(guide);
  for (const v of guide.frontmatter.variants) {
    for (const os of OS_VALUES) {
      const mine = pages.filter((x) => x.variant === v.id && x.os === os);

      test(`${guide.slug} · ${v.id} · ${os}: the guide page and its first step page`, async ({ page }) => {
        await openGuide(page, guide.slug, `?v=${v.id}&os=${os}`);
        await expectNoAxeViolations(page, `/guides/${guide.slug}/?v=${v.id}&os=${os}`);
        // Step pages share one template: the first of each version and OS, whole.
        await page.goto(mine[0]!.path);
        await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
        await expectNoAxeViolations(page, mine[0]!.path);
      });
    }
  }
}

test('the states a tap opens: search results, QR dialog, “我的界面不一样”, “看图认版本”, a notice', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=zzz');
  await expect(page.locator('[data-notice]')).toBeVisible();
  await expectNoAxeViolations(page, 'a link notice');
  await page.getByRole('button', { name: '看图认版本' }).click();
  await expectNoAxeViolations(page, '看图认版本');
  await page.locator('#player [data-live] [data-different] summary').click();
  await expectNoAxeViolations(page, '我的界面不一样');
  await page.locator('[data-player-toolbar]').getByRole('button', { name: '二维码' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'the QR dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: '搜索教程' }).fill('实名');
  await expect(page.locator('[data-search] [role="status"]')).toHaveText(/^找到/);
  await expectNoAxeViolations(page, 'search results');
  await page.getByRole('searchbox', { name: '搜索教程' }).fill('zzxqjvw');
  await expect(page.locator('[data-search] [role="status"]')).toHaveText(/^没有找到/);
  await expectNoAxeViolations(page, 'search: nothing found');
  await page.goto('/steps/');
  await page.getByRole('searchbox', { name: /找步骤/ }).fill('身份信息');
  await page
    .locator('[data-step-row]')
    .first()
    .getByRole('button', { name: /^二维码/ })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, '/steps/ filtered, with a QR dialog');
});
