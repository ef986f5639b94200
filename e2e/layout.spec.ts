import { expect, test } from './support/test';
import { loadContent } from '../lib/server/content/load/content';
import { openGuide, status } from './support/player';

/**
 * For every guide: on a phone, the step's instruction, the phone and Back/Next fit on the first
 * screen. Runs in the phone project only (see playwright.config.ts).
 */
for (const guide of loadContent().guides) {
  test(`${guide.slug}: first screen on a phone holds the instruction, the phone and the controls`, async ({ page }) => {
    await openGuide(page, guide.slug);
    await expect(status(page)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#player .tg-phone')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: '看下一步 ›' })).toBeInViewport({ ratio: 1 });
  });
}

/** A step page sent by support staff: the step, the phone and the controls on the first screen, with JavaScript or without. */
for (const javaScriptEnabled of [true, false]) {
  test(`a step page's first screen holds the step, the phone and the controls (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await ctx.newPage();
    await page.goto('/guides/first-real-name/v8/android/tap-wallet/');
    await expect(page.locator('#player [data-step-status]')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#player .tg-phone')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#player').getByText('看下一步 ›')).toBeInViewport({ ratio: 1 });
    await ctx.close();
  });
}
