import { OS_LABEL, OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { expectNoAxeViolations } from './support/axe';
import { openGuide, openPicker, pickerRadio } from './support/player';
import { expect, test } from './support/test';

/**
 * axe-core (WCAG 2.2 AA, target-size on) at 390×844 and 1280×800: every page template whole
 * (home, lists, 404, each guide on each version, a step page of each) and the states that only a
 * tap opens. Every step state of the player, on both OSes: e2e/step-states.spec.ts.
 */
const { guides } = loadContent();
// Screens swap without sliding (a short fade), so each state settles at once.
test.use({ reducedMotion: 'reduce' });

// The screen gallery is for editors, one long page of every drawing in both skins: once.
for (const path of ['/', '/steps/', '/screens/', '/no-such-page/', '/bench-baseline/']) {
  test(`the page ${path}`, { tag: path === '/screens/' ? '@once' : [] }, async ({ page }) => {
    // The gallery holds every drawing of both editions in both skins: axe takes ~25 s on it here.
    if (path === '/screens/') test.setTimeout(90_000);
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoAxeViolations(page, path);
  });
}

// Per guide: its first version's guide page and first step page (step pages share one template),
// at both sizes; then, in one page, its other versions as a reader switches to them, with the OS
// alternating so both skins are audited whole (once, in the phone project: the @once tag, which the
// desktop project leaves out). The OS changes nothing but the drawn phone, whose every state on
// both is audited in step-states.spec.ts.
for (const guide of guides) {
  const [first, ...others] = guide.frontmatter.variants;
  const os = OS_VALUES[0];
  const firstPage = pagesOf(guide).find((x) => x.variant === first!.id && x.os === os)!;
  test(`${guide.slug} · ${first!.id} · ${os}: the guide page and its first step page`, async ({ page }) => {
    await openGuide(page, guide.slug, `?v=${first!.id}&os=${os}`);
    await expectNoAxeViolations(page, `/guides/${guide.slug}/?v=${first!.id}&os=${os}`);
    await page.goto(firstPage.path);
    await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
    await expectNoAxeViolations(page, firstPage.path);
  });
  if (!others.length) continue;
  test(`${guide.slug}: the guide page on its other versions, picked in the picker`, { tag: '@once' }, async ({ page }) => {
    await openGuide(page, guide.slug, `?v=${first!.id}&os=${os}`);
    for (const [i, v] of others.entries()) {
      const otherOs = OS_VALUES[(i + 1) % OS_VALUES.length]!;
      await (await pickerRadio(page, v.label)).check();
      await (await pickerRadio(page, OS_LABEL[otherOs])).check();
      await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', otherOs);
      await expect(await pickerRadio(page, v.label)).toBeChecked();
      await expectNoAxeViolations(page, `/guides/${guide.slug}/ switched to ${v.id} · ${otherOs}`);
    }
  });
}

// A check of the audit helper itself, not of a size: once (@once, the phone project).
test('a violation in a later state of the same page is caught too (axe injected once, run again)', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&os=ios');
  await expectNoAxeViolations(page, 'the guide page');
  await page.evaluate(() => document.querySelector('#player [data-live]')!.append(document.createElement('button')));
  await expect(expectNoAxeViolations(page, 'the player with a nameless button', '#player')).rejects.toThrow(/button-name/);
});

test('the states a tap opens: search results, QR dialog, “我的界面不一样”, “看图认版本”, a notice', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=zzz');
  await expect(page.locator('[data-notice]')).toBeVisible();
  await expectNoAxeViolations(page, 'a link notice');
  await openPicker(page);
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
