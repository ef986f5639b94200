import { expect, test } from './support/test';

// Every guide's every step on the first screen of a phone: e2e/step-states.spec.ts.

/** A step page sent by support staff: the step, the phone and the controls on the first screen, with JavaScript or without. */
for (const javaScriptEnabled of [true, false]) {
  test(`a step page's first screen holds the step, the phone and the controls (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await ctx.newPage();
    await page.goto('/guides/first-real-name/v8/android/tap-wallet/');
    await expect(page.locator('#player [data-step-status]')).toBeInViewport({ ratio: 1 });
    // The phone's window onto its screen, scrolled (without JavaScript too) to show the target.
    await expect(page.locator('#player .tg-window')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#player .tg-window .tg-target').first()).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#player').getByText('看下一步 ›')).toBeInViewport({ ratio: 1 });
    await ctx.close();
  });
}
